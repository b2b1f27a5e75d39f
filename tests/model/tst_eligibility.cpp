// EligibilityRules: the five conditions of a full online public service (seed 003, Bước 1).
#include "eligibility.h"
#include "fixtures.h"

#include <QTest>

using namespace tthc;

class TestEligibility : public QObject {
    Q_OBJECT
private slots:
    void samples()
    {
        // Driver-licence exchange: every condition recorded as met, a 135 000 đồng fee paid online.
        const Workspace gplx = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
        EligibilityResult r = EligibilityRules::evaluate(gplx.procedures[0]);
        QCOMPARE(r.recommended, OnlineLevel::Full);
        QCOMPARE(r.blocking, QList<int>{});
        QVERIFY(EligibilityRules::hasFees(gplx.procedures[0]));
        // The Covid procedures charge nothing and meet every condition.
        const Workspace covid = fixtures::loadSample(QStringLiteral("vay-von-tra-luong-covid.json"));
        for (const Procedure &p : covid.procedures) {
            QVERIFY(!EligibilityRules::hasFees(p));
            QVERIFY(!EligibilityRules::applies(p, 4));
            QCOMPARE(EligibilityRules::evaluate(p).recommended, OnlineLevel::Full);
        }
    }

    void conditions_data()
    {
        QTest::addColumn<int>("met");     // bit n-1 set: condition n recorded as met
        QTest::addColumn<QList<double>>("fees");
        QTest::addColumn<QList<int>>("blocking");

        const QList<double> fee{135000};
        QTest::newRow("all met, fee") << 0b11111 << fee << QList<int>{};
        QTest::newRow("none met, fee") << 0 << fee << QList<int>{1, 2, 3, 4, 5};
        QTest::newRow("none met, no fee") << 0 << QList<double>{} << QList<int>{1, 2, 3, 5};
        QTest::newRow("no online payment, fee") << 0b10111 << fee << QList<int>{4};
        QTest::newRow("no online payment, no fee") << 0b10111 << QList<double>{} << QList<int>{};
        QTest::newRow("no online payment, zero fees") << 0b10111 << QList<double>{0, 0} << QList<int>{};
        QTest::newRow("no online payment, one fee of two") << 0b10111 << QList<double>{0, 50000} << QList<int>{4};
        QTest::newRow("not published") << 0b11110 << fee << QList<int>{1};
        QTest::newRow("no download") << 0b11101 << fee << QList<int>{2};
        QTest::newRow("no online forms or signature") << 0b11011 << fee << QList<int>{3};
        QTest::newRow("not processed online") << 0b01111 << fee << QList<int>{5};
        QTest::newRow("1, 3 and 5 missing") << 0b01010 << fee << QList<int>{1, 3, 5};
    }

    void conditions()
    {
        QFETCH(int, met);
        QFETCH(QList<double>, fees);
        QFETCH(QList<int>, blocking);
        Procedure p;
        p.eligibility = {bool(met & 1), bool(met & 2), bool(met & 4), bool(met & 8), bool(met & 16)};
        for (double amount : fees)
            p.fees << Fee{QStringLiteral("Lệ phí"), amount};
        const EligibilityResult r = EligibilityRules::evaluate(p);
        QCOMPARE(r.blocking, blocking);
        QCOMPARE(r.recommended, blocking.isEmpty() ? OnlineLevel::Full : OnlineLevel::Partial);
        QCOMPARE(r.blockingText.size(), blocking.size());
        for (int i = 0; i < blocking.size(); ++i)
            QCOMPARE(r.blockingText[i], EligibilityRules::conditionText(blocking[i]));
    }

    void texts()
    {
        QStringList all;
        for (int n = 1; n <= EligibilityRules::conditionCount; ++n) {
            QVERIFY(!EligibilityRules::conditionText(n).isEmpty());
            all << EligibilityRules::conditionText(n);
        }
        all.removeDuplicates();
        QCOMPARE(all.size(), 5);
        QCOMPARE(EligibilityRules::conditionText(0), QString());
        QCOMPARE(EligibilityRules::conditionText(6), QString());
        QVERIFY(EligibilityRules::conditionText(3).contains(QStringLiteral("digital signature")));
        QVERIFY(!EligibilityRules::applies(Procedure{}, 0));
        QVERIFY(!EligibilityRules::applies(Procedure{}, 6));
    }
};

QTEST_GUILESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"
