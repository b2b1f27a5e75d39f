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
    {"issuingBody", &DossierSettings::issuingBody},       {"issuingBodyName", &DossierSettings::issuingBodyName},       {"authorityTitle", &DossierSettings::authorityTitle},
    {"numberSuffix", &DossierSettings::numberSuffix},     {"place", &DossierSettings::place},
    {"proposer", &DossierSettings::proposer},             {"cityPlan", &DossierSettings::cityPlan},
    {"signerAuthority", &DossierSettings::signerAuthority}, {"signerCapacity", &DossierSettings::signerCapacity},
    {"signerTitle", &DossierSettings::signerTitle},       {"signerName", &DossierSettings::signerName},
    {"templatePath", &DossierSettings::templatePath},
};
} // namespace

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
    return o;
}

DossierSettings DossierSettings::of(const Workspace &ws)
{
    return fromJson(ws.extra.value(QLatin1String(jsonKey)).toObject());
}

} // namespace tthc
