// PriorityRules: the plan's criteria for reengineering a procedure first (seed 003, Bước 1).
#include "fixtures.h"
#include "priority.h"

#include <QLocale>
#include <QTest>

using namespace tthc;

class TestPriority : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam)); }

    void samples()
    {
        const Workspace gplx = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
        PriorityResult r = PriorityRules::evaluate(gplx.procedures[0]);
        QVERIFY(r.priority);
        // 382 327 dossiers a year, marked frequent; no complaints, not for investment.
        QCOMPARE(r.reasons, (QStringList{QStringLiteral("382.327 dossiers a year (≥ 500)"),
                                         QStringLiteral("Performed frequently and continuously by citizens and businesses")}));

        const Workspace covid = fixtures::loadSample(QStringLiteral("vay-von-tra-luong-covid.json"));
        for (const Procedure &p : covid.procedures) {
            r = PriorityRules::evaluate(p);
            QVERIFY(r.priority);
            // 5 000 a year; complaints marked (no yearly figure); investment marked.
            QCOMPARE(r.reasons, (QStringList{QStringLiteral("5.000 dossiers a year (≥ 500)"),
                                             QStringLiteral("Marked as having many complaints and petitions"),
                                             QStringLiteral("Needed to improve the investment and business environment")}));
        }
    }

    void criteria_data()
    {
        QTest::addColumn<double>("volume");
        QTest::addColumn<double>("complaints");
        QTest::addColumn<int>("flags"); // 1 highVolume, 2 frequent, 4 complaints, 8 investment
        QTest::addColumn<double>("minVolume");
        QTest::addColumn<double>("minComplaints");
        QTest::addColumn<QStringList>("reasons");

        QTest::newRow("nothing") << 0.0 << 0.0 << 0 << 500.0 << 10.0 << QStringList{};
        QTest::newRow("499 a year") << 499.0 << 0.0 << 0 << 500.0 << 10.0 << QStringList{};
        QTest::newRow("500 a year") << 500.0 << 0.0 << 0 << 500.0 << 10.0
                                    << QStringList{QStringLiteral("500 dossiers a year (≥ 500)")};
        QTest::newRow("lower threshold") << 120.0 << 0.0 << 0 << 100.0 << 10.0
                                         << QStringList{QStringLiteral("120 dossiers a year (≥ 100)")};
        QTest::newRow("higher threshold") << 1200.0 << 0.0 << 0 << 1500.0 << 10.0 << QStringList{};
        QTest::newRow("frequent only") << 20.0 << 0.0 << 2 << 500.0 << 10.0
                                       << QStringList{QStringLiteral("Performed frequently and continuously by citizens and businesses")};
        QTest::newRow("high-volume mark without figure") << 0.0 << 0.0 << 1 << 500.0 << 10.0
            << QStringList{QStringLiteral("Marked as having many dossiers (no yearly figure recorded)")};
        QTest::newRow("high-volume mark against a small figure") << 100.0 << 0.0 << 1 << 500.0 << 10.0 << QStringList{};
        QTest::newRow("9 complaints") << 0.0 << 9.0 << 0 << 500.0 << 10.0 << QStringList{};
        QTest::newRow("12,5 complaints") << 0.0 << 12.5 << 0 << 500.0 << 10.0
                                         << QStringList{QStringLiteral("12,5 complaints and petitions a year (≥ 10)")};
        QTest::newRow("complaints figure and mark: the figure") << 0.0 << 40.0 << 4 << 500.0 << 10.0
            << QStringList{QStringLiteral("40 complaints and petitions a year (≥ 10)")};
        QTest::newRow("complaints mark below the figure") << 0.0 << 3.0 << 4 << 500.0 << 10.0
            << QStringList{QStringLiteral("Marked as having many complaints and petitions")};
        QTest::newRow("investment") << 0.0 << 0.0 << 8 << 500.0 << 10.0
                                    << QStringList{QStringLiteral("Needed to improve the investment and business environment")};
        QTest::newRow("all") << 1146980.0 << 15.0 << 15 << 500.0 << 10.0
                             << QStringList{QStringLiteral("1.146.980 dossiers a year (≥ 500)"),
                                            QStringLiteral("Performed frequently and continuously by citizens and businesses"),
                                            QStringLiteral("15 complaints and petitions a year (≥ 10)"),
                                            QStringLiteral("Needed to improve the investment and business environment")};
    }

    void criteria()
    {
        QFETCH(double, volume);
        QFETCH(double, complaints);
        QFETCH(int, flags);
        QFETCH(double, minVolume);
        QFETCH(double, minComplaints);
        QFETCH(QStringList, reasons);
        Procedure p;
        p.code = QStringLiteral("X");
        p.annualVolume = volume;
        p.complaintsPerYear = complaints;
        p.priority = {bool(flags & 1), bool(flags & 2), bool(flags & 4), bool(flags & 8)};
        const PriorityResult r = PriorityRules::evaluate(p, {minVolume, minComplaints});
        QCOMPARE(r.reasons, reasons);
        QCOMPARE(r.priority, !reasons.isEmpty());
    }

    void defaults()
    {
        const PriorityThresholds t;
        QCOMPARE(t.minAnnualVolume, 500.0);
        QCOMPARE(t.minComplaintsPerYear, 10.0);
    }

    void englishFigures()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Procedure p;
        p.annualVolume = 382327;
        QCOMPARE(PriorityRules::evaluate(p).reasons, QStringList{QStringLiteral("382,327 dossiers a year (≥ 500)")});
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    }
};

QTEST_GUILESS_MAIN(TestPriority)
#include "tst_priority.moc"
