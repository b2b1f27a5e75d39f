#pragma once
// The wording of the draft decision, read from an editable JSON file (templates/
// decision-vi.json, or a city's own file named in the workspace's dossier settings) with
// named {{placeholders}}. A city changes the wording without rebuilding; a placeholder the
// program does not know, or a required one without a value, is refused with a message that
// names it and where it is (file and JSON path).
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace tthc {

// The template with every placeholder replaced: what the decision says.
struct DecisionText {
    QString draftMark;
    QStringList issuingBody; // lines
    QString number;
    QString nation;
    QString motto;
    QString placeDate;
    QString title;
    QString subject;
    QString authority;
    QStringList bases;
    QString proposal;
    QString decides;
    struct Article {
        QString heading;
        QStringList paragraphs;
    };
    QList<Article> articles;
    QString recipientsTitle;
    QStringList recipients;
    QStringList signature; // lines of the signature block, empty lines dropped
    QString signerName;
    QString appendixNote;
};

class DecisionTemplate {
    Q_DECLARE_TR_FUNCTIONS(tthc::DecisionTemplate)
public:
    // The placeholders the program fills, and which of them may be left empty (the
    // paragraph holding an empty optional one is left out).
    static QStringList placeholders();
    static bool isOptional(const QString &name);

    // Reads a template file; errors name the file and the line/column or JSON path.
    static Result<DecisionTemplate> load(const QString &path);
    static Result<DecisionTemplate> parse(const QByteArray &json, const QString &sourceName);
    // The template to use: `customPath` when given, else templates/decision-vi.json found next
    // to the program (or in the source tree of a developer build), else the built-in copy.
    static Result<DecisionTemplate> find(const QString &customPath = {});
    static QString builtInPath(); // the resource copy

    QString source() const { return m_source; }

    // Fills the placeholders. Each value is a list (most have one element); a list placeholder
    // alone in an array element becomes several elements.
    Result<DecisionText> expand(const QHash<QString, QStringList> &values) const;

private:
    QJsonObject m_json;
    QString m_source;
};

} // namespace tthc
