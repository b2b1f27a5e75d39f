#include "dossiercode.h"

#include <QRegularExpression>

namespace tthc {

Status DossierCode::checkUnitCode(const QString &unit)
{
    // V1V2V3 (level 4) . Z1Z2 (level 3) . Y1Y2 (level 2) . MX1X2 (level 1, M = H province, G ministry…)
    static const QRegularExpression form(QStringLiteral("^[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9]{2}$"));
    if (!form.match(unit).hasMatch())
        return Status::failure(tr("“%1” is not a unit identifier code of the form V1V2V3.Z1Z2.Y1Y2.MX1X2 "
                                  "(for example 000.00.00.H29).")
                                   .arg(unit));
    return success();
}

Result<QString> DossierCode::make(const QString &pattern, const QString &unit, const QDate &date, int sequence)
{
    using R = Result<QString>;
    if (Status s = checkUnitCode(unit); !s)
        return R::failure(s.error());
    if (!date.isValid())
        return R::failure(tr("The intake date is not valid."));
    static const QRegularExpression token(QStringLiteral("\\{([a-zA-Z]+)(?::([0-9]+))?\\}"));
    QString out;
    qsizetype last = 0;
    auto it = token.globalMatch(pattern);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += pattern.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        if (name == QLatin1String("unit")) {
            out += unit;
        } else if (name == QLatin1String("yy")) {
            out += date.toString(QStringLiteral("yy"));
        } else if (name == QLatin1String("yyyy")) {
            out += date.toString(QStringLiteral("yyyy"));
        } else if (name == QLatin1String("MM")) {
            out += date.toString(QStringLiteral("MM"));
        } else if (name == QLatin1String("dd")) {
            out += date.toString(QStringLiteral("dd"));
        } else if (name == QLatin1String("seq")) {
            const int width = m.captured(2).isEmpty() ? 4 : m.captured(2).toInt();
            const QString digits = QString::number(sequence);
            if (sequence < 1 || digits.size() > width)
                return R::failure(tr("Sequence number %1 does not fit in %2 digits.").arg(sequence).arg(width));
            out += digits.rightJustified(width, u'0');
        } else {
            return R::failure(tr("Unknown token {%1} in the dossier code pattern “%2”.").arg(name, pattern));
        }
    }
    out += pattern.mid(last);
    return out;
}

} // namespace tthc
