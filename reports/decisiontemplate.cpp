#include "decisiontemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace tthc {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    return re;
}

QString quoted(const QString &name) { return QStringLiteral("“{{%1}}”").arg(name); }

// An optional phrase: "[[; kết nối với: {{systems_to_build}}]]" is left out, words and all,
// when an optional placeholder in it has no value; the rest of the sentence stays.
const QRegularExpression &phrasePattern()
{
    static const QRegularExpression re(QStringLiteral("\\[\\[(.*?)\\]\\]"), QRegularExpression::DotMatchesEverythingOption);
    return re;
}

// Replaces the placeholders of one template string; on failure says what and where.
class Expander {
public:
    Expander(const QHash<QString, QStringList> &values, const QString &source) : m_values(values), m_source(source) {}

    QString error;

    // One string. `dropped` is set when an optional placeholder in it has no value, outside an
    // optional phrase; a phrase with an empty optional placeholder is left out.
    QString text(const QString &withPhrases, const QString &path, bool *dropped = nullptr)
    {
        QString in;
        qsizetype from = 0;
        auto phrases = phrasePattern().globalMatch(withPhrases);
        while (phrases.hasNext()) {
            const auto m = phrases.next();
            in += withPhrases.mid(from, m.capturedStart() - from);
            from = m.capturedEnd();
            bool empty = false;
            const QString phrase = plain(m.captured(1), path, &empty);
            if (!error.isEmpty())
                return {};
            if (!empty)
                in += phrase;
        }
        in += withPhrases.mid(from);
        return plain(in, path, dropped);
    }

    QString plain(const QString &in, const QString &path, bool *dropped)
    {
        QString out;
        qsizetype last = 0;
        auto it = placeholderPattern().globalMatch(in);
        while (it.hasNext()) {
            const auto m = it.next();
            out += in.mid(last, m.capturedStart() - last);
            last = m.capturedEnd();
            const QString name = m.captured(1);
            const QStringList value = lookup(name, path);
            if (!error.isEmpty())
                return {};
            if (value.isEmpty() && dropped)
                *dropped = true;
            out += value.join(QStringLiteral("; "));
        }
        out += in.mid(last);
        return out;
    }

    // An array of strings: an element that is just a list placeholder gives its elements;
    // elements whose optional placeholders are empty are left out.
    QStringList list(const QJsonValue &v, const QString &path)
    {
        QStringList out;
        if (!v.isArray()) {
            fail(path, DecisionTemplate::tr("must be a list of texts"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size() && error.isEmpty(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!a[i].isString()) {
                fail(itemPath, DecisionTemplate::tr("must be a text"));
                break;
            }
            const QString s = a[i].toString();
            const auto whole = placeholderPattern().match(s);
            if (whole.hasMatch() && whole.capturedStart() == 0 && whole.capturedLength() == s.trimmed().size()) {
                for (const QString &e : lookup(whole.captured(1), itemPath))
                    if (!e.trimmed().isEmpty())
                        out << e;
                continue;
            }
            bool dropped = false;
            const QString t = text(s, itemPath, &dropped);
            if (!dropped && !t.trimmed().isEmpty())
                out << t;
        }
        return out;
    }

    QString field(const QJsonObject &o, const char *key, const QString &path)
    {
        const QString p = path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1String(key);
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString()) {
            fail(p, v.isUndefined() ? DecisionTemplate::tr("is missing") : DecisionTemplate::tr("must be a text"));
            return {};
        }
        return text(v.toString(), p);
    }

    void fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = DecisionTemplate::tr("Decision template “%1”, %2: %3").arg(m_source, path, what);
    }

private:
    QStringList lookup(const QString &name, const QString &path)
    {
        if (!DecisionTemplate::placeholders().contains(name)) {
            fail(path, DecisionTemplate::tr("unknown placeholder %1. The placeholders are: %2.")
                           .arg(quoted(name), DecisionTemplate::placeholders().join(QStringLiteral(", "))));
            return {};
        }
        QStringList v = m_values.value(name);
        v.removeAll(QString());
        if (v.isEmpty() && !DecisionTemplate::isOptional(name)) {
            fail(path, DecisionTemplate::tr("the placeholder %1 has no value. Fill it in under Dossier settings "
                                            "(Workspace › Dossier settings…).")
                           .arg(quoted(name)));
            return {};
        }
        return v;
    }

    const QHash<QString, QStringList> &m_values;
    QString m_source;
};

} // namespace

QStringList DecisionTemplate::placeholders()
{
    static const QStringList names{
        QStringLiteral("issuing_body"),     QStringLiteral("issuing_body_inline"), QStringLiteral("authority_title"),
        QStringLiteral("number_suffix"),    QStringLiteral("decision_number"),     QStringLiteral("place"),
        QStringLiteral("date_long"),        QStringLiteral("year"),                QStringLiteral("subject_target"),
        QStringLiteral("procedure_names"),  QStringLiteral("procedure_codes"),     QStringLiteral("agency"),
        QStringLiteral("procedure_legal_basis"), QStringLiteral("city_plan"),      QStringLiteral("proposer"),
        QStringLiteral("appendices"),       QStringLiteral("systems_to_build"),    QStringLiteral("signer_authority"),
        QStringLiteral("signer_capacity"),  QStringLiteral("signer_title"),        QStringLiteral("signer_name"),
        QStringLiteral("recipients"),       QStringLiteral("issuer_inline"),       QStringLiteral("agency_heads"),
        QStringLiteral("pilot_system"),
    };
    return names;
}

bool DecisionTemplate::isOptional(const QString &name)
{
    return name == QLatin1String("signer_capacity") || name == QLatin1String("signer_authority") || name == QLatin1String("city_plan")
           || name == QLatin1String("procedure_legal_basis") || name == QLatin1String("recipients")
           || name == QLatin1String("systems_to_build");
}

Result<DecisionTemplate> DecisionTemplate::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<DecisionTemplate>::failure(
            tr("Cannot read the decision template “%1”: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return parse(f.readAll(), QDir::toNativeSeparators(path));
}

Result<DecisionTemplate> DecisionTemplate::parse(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        int line = 1, col = 1;
        for (int i = 0; i < err.offset && i < json.size(); ++i) {
            if (json[i] == '\n') {
                ++line;
                col = 1;
            } else if ((json[i] & 0xC0) != 0x80) {
                ++col;
            }
        }
        return Result<DecisionTemplate>::failure(tr("Decision template “%1”, line %2, column %3: not valid JSON (%4).")
                                                     .arg(sourceName)
                                                     .arg(line)
                                                     .arg(col)
                                                     .arg(err.errorString()));
    }
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != QLatin1String("tthc-decision-template"))
        return Result<DecisionTemplate>::failure(
            tr("Decision template “%1”, format: this is not a decision template (format must be "
               "“tthc-decision-template”).")
                .arg(sourceName));
    if (o.value(QLatin1String("version")).toInt() != 1)
        return Result<DecisionTemplate>::failure(
            tr("Decision template “%1”, version: version %2 is not supported (this program reads version 1).")
                .arg(sourceName, o.value(QLatin1String("version")).toVariant().toString()));
    DecisionTemplate t;
    t.m_json = o;
    t.m_source = sourceName;
    // A paragraph of an article assigns responsibility: an optional placeholder may drop a
    // phrase of it ([[ … ]]), never the paragraph (Điều 2 lost its first clause that way).
    const QJsonArray articles = o.value(QLatin1String("articles")).toArray();
    for (int i = 0; i < articles.size(); ++i) {
        const QJsonArray paragraphs = articles[i].toObject().value(QLatin1String("paragraphs")).toArray();
        for (int j = 0; j < paragraphs.size(); ++j) {
            QString outside = paragraphs[j].toString();
            outside.remove(phrasePattern());
            auto it = placeholderPattern().globalMatch(outside);
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                if (isOptional(name))
                    return Result<DecisionTemplate>::failure(
                        tr("Decision template “%1”, articles[%2].paragraphs[%3]: the optional placeholder %4 would "
                           "leave out the whole paragraph when it is empty, and a paragraph of an article assigns "
                           "responsibility. Put the words that need it in [[ … ]] so only they are left out.")
                            .arg(sourceName)
                            .arg(i)
                            .arg(j)
                            .arg(quoted(name)));
            }
        }
    }
    // Check the wording once with every placeholder filled, so a template with a mistake is
    // refused when it is chosen rather than at the first export.
    QHash<QString, QStringList> sample;
    for (const QString &name : placeholders())
        sample.insert(name, {name});
    if (auto r = t.expand(sample); !r)
        return Result<DecisionTemplate>::failure(r.error());
    return t;
}

QString DecisionTemplate::builtInPath() { return QStringLiteral(":/templates/decision-vi.json"); }

Result<DecisionTemplate> DecisionTemplate::find(const QString &customPath)
{
    if (!customPath.isEmpty())
        return load(customPath);
    const QString name = QStringLiteral("decision-vi.json");
    QStringList dirs;
    if (const QByteArray env = qgetenv("TTHC_TEMPLATE_DIR"); !env.isEmpty())
        dirs << QString::fromLocal8Bit(env);
    if (QCoreApplication::instance()) {
        const QString app = QCoreApplication::applicationDirPath();
        dirs << app + QStringLiteral("/templates") << app + QStringLiteral("/../share/tthc-studio/templates")
             << app + QStringLiteral("/../../templates"); // a developer build: build/app → templates/
    }
    for (const QString &dir : std::as_const(dirs)) {
        const QString path = QDir(dir).filePath(name);
        if (QFileInfo(path).isFile())
            return load(QDir::cleanPath(path));
    }
    return load(builtInPath());
}

Result<DecisionText> DecisionTemplate::expand(const QHash<QString, QStringList> &values) const
{
    Expander x(values, m_source);
    DecisionText out;
    const QJsonObject header = m_json.value(QLatin1String("header")).toObject();
    if (!m_json.value(QLatin1String("header")).isObject())
        x.fail(QStringLiteral("header"), tr("is missing"));
    out.draftMark = x.field(header, "draftMark", QStringLiteral("header"));
    out.issuingBody = x.field(header, "issuingBody", QStringLiteral("header")).split(u'\n', Qt::SkipEmptyParts);
    out.number = x.field(header, "number", QStringLiteral("header"));
    out.nation = x.field(header, "nation", QStringLiteral("header"));
    out.motto = x.field(header, "motto", QStringLiteral("header"));
    out.placeDate = x.field(header, "placeDate", QStringLiteral("header"));
    out.title = x.field(m_json, "title", {});
    out.subject = x.field(m_json, "subject", {});
    out.authority = x.field(m_json, "authority", {});
    out.bases = x.list(m_json.value(QLatin1String("bases")), QStringLiteral("bases"));
    out.proposal = x.field(m_json, "proposal", {});
    out.decides = x.field(m_json, "decides", {});
    const QJsonValue articles = m_json.value(QLatin1String("articles"));
    if (!articles.isArray())
        x.fail(QStringLiteral("articles"), tr("must be a list of articles"));
    const QJsonArray a = articles.toArray();
    for (int i = 0; i < a.size() && x.error.isEmpty(); ++i) {
        const QString path = QStringLiteral("articles[%1]").arg(i);
        DecisionText::Article art;
        art.heading = x.field(a[i].toObject(), "heading", path);
        art.paragraphs = x.list(a[i].toObject().value(QLatin1String("paragraphs")), path + QStringLiteral(".paragraphs"));
        out.articles << art;
    }
    out.recipientsTitle = x.field(m_json, "recipientsTitle", {});
    out.recipients = x.list(m_json.value(QLatin1String("recipients")), QStringLiteral("recipients"));
    out.signature = x.list(m_json.value(QLatin1String("signature")), QStringLiteral("signature"));
    out.signerName = x.field(m_json, "signerName", {});
    out.appendixNote = x.field(m_json, "appendixNote", {});
    if (!x.error.isEmpty())
        return Result<DecisionText>::failure(x.error);
    return out;
}

} // namespace tthc
