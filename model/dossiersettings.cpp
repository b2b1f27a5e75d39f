#include "dossiersettings.h"

#include "types.h"

#include <QJsonArray>

namespace tthc {

namespace {
struct Field {
    const char *key;
    QString DossierSettings::*member;
};
const Field textFields[] = {
    {"issuingBody", &DossierSettings::issuingBody},   {"issuingBodyName", &DossierSettings::issuingBodyName},
    {"numberSuffix", &DossierSettings::numberSuffix}, {"place", &DossierSettings::place},
    {"proposer", &DossierSettings::proposer},         {"cityPlan", &DossierSettings::cityPlan},
    {"signerName", &DossierSettings::signerName},     {"templatePath", &DossierSettings::templatePath},
};
// The free-text fields of files written before the issuer setting.
const char *const legacyFields[] = {"authorityTitle", "signerAuthority", "signerCapacity", "signerTitle"};
} // namespace

QString DossierSettings::authorityTitle() const
{
    const QString body = issuingBody.split(u'\n', Qt::SkipEmptyParts).join(u' ').simplified();
    return issuer == Issuer::Chairman ? QStringLiteral("CHỦ TỊCH ") + body : body;
}

QString DossierSettings::signerAuthority() const
{
    return issuer == Issuer::Committee ? QStringLiteral("TM. ỦY BAN NHÂN DÂN") : QString();
}

QString DossierSettings::signerCapacity() const
{
    return signer == SignerRank::ViceChair ? QStringLiteral("KT. CHỦ TỊCH") : QString();
}

QString DossierSettings::signerTitle() const
{
    return signer == SignerRank::ViceChair ? QStringLiteral("PHÓ CHỦ TỊCH") : QStringLiteral("CHỦ TỊCH");
}

QString DossierSettings::issuerInline() const
{
    return issuer == Issuer::Chairman ? QStringLiteral("Chủ tịch ") + issuingBodyName : issuingBodyName;
}

DossierSettings DossierSettings::fromJson(const QJsonObject &o)
{
    DossierSettings s;
    s.extra = o;
    for (const Field &f : textFields) {
        s.*f.member = o.value(QLatin1String(f.key)).toString();
        s.extra.remove(QLatin1String(f.key));
    }
    for (const QJsonValue &v : o.value(QLatin1String("recipients")).toArray())
        s.recipients << v.toString();
    s.extra.remove(QLatin1String("recipients"));
    const QString title = o.value(QLatin1String("authorityTitle")).toString().trimmed();
    const QString onBehalf = o.value(QLatin1String("signerAuthority")).toString().trimmed();
    const QString capacity = o.value(QLatin1String("signerCapacity")).toString() + o.value(QLatin1String("signerTitle")).toString();
    if (o.contains(QLatin1String("issuer")))
        s.issuer = o.value(QLatin1String("issuer")).toString() == QLatin1String("committee") ? Issuer::Committee : Issuer::Chairman;
    else
        s.issuer = !title.startsWith(QStringLiteral("CHỦ TỊCH")) && onBehalf.startsWith(QStringLiteral("TM.")) ? Issuer::Committee
                                                                                                          : Issuer::Chairman;
    if (o.contains(QLatin1String("signer")))
        s.signer = o.value(QLatin1String("signer")).toString() == QLatin1String("vice-chair") ? SignerRank::ViceChair : SignerRank::Chair;
    else
        s.signer = capacity.contains(QStringLiteral("KT.")) || capacity.contains(QStringLiteral("PHÓ")) ? SignerRank::ViceChair
                                                                                                       : SignerRank::Chair;
    for (const char *key : {"issuer", "signer"})
        s.extra.remove(QLatin1String(key));
    for (const char *key : legacyFields)
        s.extra.remove(QLatin1String(key));
    return s;
}

QJsonObject DossierSettings::toJson() const
{
    QJsonObject o = extra;
    for (const Field &f : textFields)
        if (!(this->*f.member).isEmpty())
            o.insert(QLatin1String(f.key), this->*f.member);
    if (!recipients.isEmpty())
        o.insert(QLatin1String("recipients"), QJsonArray::fromStringList(recipients));
    o.insert(QLatin1String("issuer"), issuer == Issuer::Committee ? QStringLiteral("committee") : QStringLiteral("chairman"));
    o.insert(QLatin1String("signer"), signer == SignerRank::ViceChair ? QStringLiteral("vice-chair") : QStringLiteral("chair"));
    return o;
}

DossierSettings DossierSettings::of(const Workspace &ws)
{
    return fromJson(ws.extra.value(QLatin1String(jsonKey)).toObject());
}

} // namespace tthc
