// Vietnamese number and date formats of administrative documents.
#include "vnformat.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace tthc;

class TestVnFormat : public QObject {
    Q_OBJECT
private slots:
    void number_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        QTest::newRow("thousands") << 1146980.0 << 0 << QStringLiteral("1.146.980");
        QTest::newRow("small") << 135.0 << 0 << QStringLiteral("135");
        QTest::newRow("decimals") << 53.2 << 1 << QStringLiteral("53,2");
        QTest::newRow("negative") << -2500.5 << 1 << QStringLiteral("-2.500,5");
        QTest::newRow("negative zero") << -0.01 << 0 << QStringLiteral("0");
        QTest::newRow("exact thousand") << 1000.0 << 0 << QStringLiteral("1.000");
    }
    void number()
    {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        QCOMPARE(VnFormat::number(value, decimals), expected);
    }

    void moneyAndPercent()
    {
        QCOMPARE(VnFormat::money(135000), QStringLiteral("135.000 đồng"));
        QCOMPARE(VnFormat::percent(0.532), QStringLiteral("53,2 %"));
        // Never "inf" or "nan" in a document.
        QCOMPARE(VnFormat::number(std::numeric_limits<double>::infinity()), QStringLiteral("—"));
        QCOMPARE(VnFormat::percent(std::nan("")), QStringLiteral("—"));
    }

    void dates()
    {
        QCOMPARE(VnFormat::date(QDate(2024, 10, 11)), QStringLiteral("11/10/2024"));
        QCOMPARE(VnFormat::longDate(QDate(2024, 10, 11)), QStringLiteral("ngày 11 tháng 10 năm 2024"));
        QCOMPARE(VnFormat::longDate(QDate(2025, 2, 5)), QStringLiteral("ngày 05 tháng 02 năm 2025"));
        QCOMPARE(VnFormat::longDate(QDate(2025, 3, 9)), QStringLiteral("ngày 09 tháng 3 năm 2025"));
        QCOMPARE(VnFormat::longDate(QDate()), QString());
    }
};

QTEST_GUILESS_MAIN(TestVnFormat)
#include "tst_vnformat.moc"
