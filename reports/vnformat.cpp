#include "vnformat.h"

#include <QRegularExpression>
#include <cmath>

namespace tthc {

QString VnFormat::compact(double value, int maxDecimals)
{
    QString s = number(value, maxDecimals);
    if (s.contains(u',')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u','))
            s.chop(1);
    }
    return s;
}

QString VnFormat::number(double value, int decimals)
{
    // A figure that cannot be computed is shown as missing, never as "inf" or "nan" (the
    // reader bounds every input, model/modellimits.h; this is the last guard before a document).
    if (!std::isfinite(value))
        return QStringLiteral("—");
    // Fixed separators rather than a locale: the format is prescribed, not a preference.
    QString digits = QString::number(std::abs(value), 'f', decimals);
    QString fraction;
    if (const int dot = digits.indexOf(u'.'); dot >= 0) {
        fraction = u',' + digits.mid(dot + 1);
        digits.truncate(dot);
    }
    for (int i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u'.');
    const bool negative = value < 0 && (digits + fraction).contains(QRegularExpression(QStringLiteral("[1-9]")));
    return (negative ? QStringLiteral("-") : QString()) + digits + fraction;
}

QString VnFormat::money(double vnd) { return number(std::round(vnd)) + QStringLiteral(" đồng"); }

QString VnFormat::percent(double ratio, int decimals)
{
    return std::isfinite(ratio) ? number(ratio * 100.0, decimals) + QStringLiteral(" %") : QStringLiteral("—");
}

QString VnFormat::date(const QDate &d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }

QString VnFormat::longDate(const QDate &d)
{
    if (!d.isValid())
        return {};
    // Nghị định 30/2020: days and months below 10 (and below 3 for months) take a leading zero.
    const QString day = d.day() < 10 ? QStringLiteral("0%1").arg(d.day()) : QString::number(d.day());
    const QString month = d.month() < 3 ? QStringLiteral("0%1").arg(d.month()) : QString::number(d.month());
    return QStringLiteral("ngày %1 tháng %2 năm %3").arg(day, month).arg(d.year());
}

} // namespace tthc
