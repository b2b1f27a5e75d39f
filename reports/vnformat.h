#pragma once
// Numbers, money and dates as Vietnamese administrative documents write them, whatever the
// interface language: thousands with ".", decimals with "," (1.146.980; 53,2 %),
// "135.000 đồng", "ngày 11 tháng 10 năm 2024", dd/MM/yyyy in tables.
#include <QDate>
#include <QString>

namespace tthc {

class VnFormat {
public:
    static QString number(double value, int decimals = 0);
    static QString money(double vnd);
    static QString compact(double value, int maxDecimals = 2); // up to maxDecimals, trailing zeros dropped: 2,5 / 3
    static QString percent(double ratio, int decimals = 1); // 0.532 → "53,2 %"
    static QString date(const QDate &d);                   // 11/10/2024
    static QString longDate(const QDate &d);               // ngày 11 tháng 10 năm 2024
};

} // namespace tthc
