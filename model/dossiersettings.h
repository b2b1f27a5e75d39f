#pragma once
// The workspace's settings for the approval dossier: who issues the decision and who signs
// it, the place, the proposing body, the recipients, the city plan it implements and,
// optionally, a decision template of the city's own. Files written before the issuer setting
// (free-text "authorityTitle", "signerAuthority", "signerCapacity", "signerTitle") are read by
// inferring it: a title line starting "CHỦ TỊCH" is the Chairman's, else "TM." is the
// Committee's; "KT." or "PHÓ" is a vice-chair signing. Kept in the workspace (the additive
// top-level "dossier" object of tthc-json), so every dossier of a department says the same.
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tthc {

struct Workspace;

// Who issues the decision (../shared/notes/decision-format.md): the Chairman of the People's
// Committee (seed 003: "trình Chủ tịch UBND Thành phố phê duyệt", the default) or the Committee
// as a body. One setting drives the title line, the signature block and every appendix note,
// so they can never contradict each other.
enum class Issuer { Chairman, Committee }; // "issuer": "chairman" | "committee"
enum class SignerRank { Chair, ViceChair }; // "signer": "chair" | "vice-chair" (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)

struct DossierSettings {
    QString issuingBody;     // lines of the issuing body, e.g. "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI"
    QString issuingBodyName; // the same in a sentence: "Ủy ban nhân dân Thành phố Hà Nội"
    Issuer issuer = Issuer::Chairman;
    SignerRank signer = SignerRank::Chair;
    QString numberSuffix;    // "QĐ-UBND"
    QString place;           // "Hà Nội"
    QString proposer;        // "Giám đốc Sở Giao thông vận tải" (Theo đề nghị của …)
    QString cityPlan;        // "Kế hoạch số 123/KH-UBND ngày … của UBND Thành phố về …"
    QString signerName;      // "Nguyễn Văn A"
    QStringList recipients;  // "- Như Điều 3;" …
    QString templatePath;    // empty: templates/decision-vi.json
    QJsonObject extra;       // fields of a newer version, kept

    bool operator==(const DossierSettings &) const = default;

    // What the issuer means on the page:
    // - the title line: "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI" / "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"
    //   (the issuing body's lines joined);
    // - the signature: Chairman → "CHỦ TỊCH", or "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; Committee →
    //   "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH", or "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH";
    // - in a sentence (appendix notes, "báo cáo …"): "Chủ tịch Ủy ban nhân dân Thành phố Hà Nội" /
    //   "Ủy ban nhân dân Thành phố Hà Nội".
    QString authorityTitle() const;
    QString signerAuthority() const; // "TM. ỦY BAN NHÂN DÂN" or empty
    QString signerCapacity() const;  // "KT. CHỦ TỊCH" or empty
    QString signerTitle() const;     // "CHỦ TỊCH" or "PHÓ CHỦ TỊCH"
    QString issuerInline() const;

    static constexpr const char *jsonKey = "dossier";
    static DossierSettings fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    static DossierSettings of(const Workspace &ws);
};

} // namespace tthc
