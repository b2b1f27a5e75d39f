#pragma once
// Dossier codes of the test one-stop. The default pattern is the form of Thông tư
// 01/2018/TT-VPCP Điều 19, V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX: the receiving unit's identifier
// code (structure of Thông tư 10/2016/TT-BTTTT, set per unit), the intake date and a 4-digit
// sequence within the day. The pattern is configurable because the rules have changed.
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace tthc {

class DossierCode {
    Q_DECLARE_TR_FUNCTIONS(tthc::DossierCode)
public:
    // Tokens: {unit} the unit code, {yy} {yyyy} {MM} {dd} the intake date, {seq:N} the
    // sequence padded to N digits.
    static constexpr const char *defaultPattern = "{unit}-{yy}{MM}{dd}-{seq:4}";

    // Checks a unit identifier code: four dot-separated groups, e.g. 000.00.00.H29.
    static Status checkUnitCode(const QString &unit);
    static Result<QString> make(const QString &pattern, const QString &unit, const QDate &date, int sequence);
};

} // namespace tthc
