// Dossier codes in the form of Thông tư 01/2018/TT-VPCP Điều 19.
#include "dossiercode.h"

#include <QTest>

using namespace tthc;

class TestDossierCode : public QObject {
    Q_OBJECT
private slots:
    void make_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("sequence");
        QTest::addColumn<QString>("expected"); // empty: refused
        const QString def = QString::fromLatin1(DossierCode::defaultPattern);
        QTest::newRow("default") << def << QStringLiteral("000.00.00.H29") << QDate(2026, 1, 5) << 7
                                 << QStringLiteral("000.00.00.H29-260105-0007");
        QTest::newRow("district unit") << def << QStringLiteral("000.12.31.H29") << QDate(2025, 12, 31) << 9999
                                       << QStringLiteral("000.12.31.H29-251231-9999");
        QTest::newRow("custom pattern") << QStringLiteral("{unit}/{yyyy}/{seq:6}") << QStringLiteral("001.02.03.G01")
                                        << QDate(2024, 2, 29) << 42 << QStringLiteral("001.02.03.G01/2024/000042");
        QTest::newRow("sequence overflow") << def << QStringLiteral("000.00.00.H29") << QDate(2026, 1, 5) << 10000 << QString();
        QTest::newRow("sequence zero") << def << QStringLiteral("000.00.00.H29") << QDate(2026, 1, 5) << 0 << QString();
        QTest::newRow("bad unit") << def << QStringLiteral("H29") << QDate(2026, 1, 5) << 1 << QString();
        QTest::newRow("bad token") << QStringLiteral("{unit}-{week}") << QStringLiteral("000.00.00.H29") << QDate(2026, 1, 5)
                                   << 1 << QString();
        QTest::newRow("bad date") << def << QStringLiteral("000.00.00.H29") << QDate() << 1 << QString();
    }

    void make()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, unit);
        QFETCH(QDate, date);
        QFETCH(int, sequence);
        QFETCH(QString, expected);
        const auto r = DossierCode::make(pattern, unit, date, sequence);
        if (expected.isEmpty()) {
            QVERIFY(!r);
            QVERIFY(!r.error().isEmpty());
        } else {
            QVERIFY2(r, qPrintable(r.error()));
            QCOMPARE(r.value(), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestDossierCode)
#include "tst_dossiercode.moc"
