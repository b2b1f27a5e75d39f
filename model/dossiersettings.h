#pragma once
// The workspace's settings for the approval dossier: who issues the decision and who signs
// it, the place, the proposing body, the recipients, the city plan it implements and,
// optionally, a decision template of the city's own. Kept in the workspace (the additive
// top-level "dossier" object of tthc-json), so every dossier of a department says the same.
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tthc {

struct Workspace;

struct DossierSettings {
    QString issuingBody;     // lines of the issuing body, e.g. "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI"
    QString issuingBodyName; // the same in a sentence: "Ủy ban nhân dân Thành phố Hà Nội"
    QString authorityTitle;  // "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"
    QString numberSuffix;    // "QĐ-UBND"
    QString place;           // "Hà Nội"
    QString proposer;        // "Giám đốc Sở Giao thông vận tải" (Theo đề nghị của …)
    QString cityPlan;        // "Kế hoạch số 123/KH-UBND ngày … của UBND Thành phố về …"
    QString signerAuthority; // "TM. ỦY BAN NHÂN DÂN"
    QString signerCapacity;  // "KT. CHỦ TỊCH" (empty when the chair signs)
    QString signerTitle;     // "PHÓ CHỦ TỊCH"
    QString signerName;      // "Nguyễn Văn A"
    QStringList recipients;  // "- Như Điều 3;" …
    QString templatePath;    // empty: templates/decision-vi.json
    QJsonObject extra;       // fields of a newer version, kept

    bool operator==(const DossierSettings &) const = default;

    static constexpr const char *jsonKey = "dossier";
    static DossierSettings fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    static DossierSettings of(const Workspace &ws);
};

} // namespace tthc
