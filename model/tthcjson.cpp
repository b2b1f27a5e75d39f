#include "tthcjson.h"
#include "labels.h"
#include "modellimits.h"
#include "validator.h"

#include <cmath>

#include <QLocale>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace tthc {

namespace {

QString quoted(const QString &s) { return quotedValue(s); } // controls shown, cut to 80 characters

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}

// Where a value sits in the document. Built on the stack as the reader descends and turned
// into text ("procedures[0].asIs.flows[3].to") only when there is a problem to report.
struct Path {
    const Path *parent = nullptr;
    QLatin1String key;
    qsizetype index = -1;

    Path operator/(const char *k) const { return Path{this, QLatin1String(k), -1}; }
    Path operator[](qsizetype i) const { return Path{this, {}, i}; }
    QString toString() const
    {
        const QString base = parent ? parent->toString() : QString();
        if (index >= 0)
            return base + u'[' + QString::number(index) + u']';
        if (key.isEmpty())
            return base;
        return base.isEmpty() ? QString(key) : base + u'.' + key;
    }
};

// Reads typed values out of JSON objects and records each problem with its path.
class Reader {
public:
    QList<JsonProblem> problems;

    void problem(const Path &path, const QString &message) { problems.append({path.toString(), message}); }

    bool expect(const QJsonValue &v, QJsonValue::Type type, const Path &path)
    {
        if (v.type() == type)
            return true;
        const char *expected = "";
        switch (type) {
        case QJsonValue::Bool: expected = "boolean"; break;
        case QJsonValue::Double: expected = "number"; break;
        case QJsonValue::String: expected = "string"; break;
        case QJsonValue::Array: expected = "array"; break;
        case QJsonValue::Object: expected = "object"; break;
        default: break;
        }
        problem(path, TthcJson::tr("expected a %1 but found a %2").arg(QString::fromLatin1(expected), typeName(v)));
        return false;
    }

    // The value at key, or Undefined (reported when required).
    QJsonValue get(const QJsonObject &o, const char *key, const Path &path, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && required)
            problem(path / key, TthcJson::tr("required field is missing"));
        return v;
    }

    QString str(const QJsonObject &o, const char *key, const Path &path, bool required = false, bool nonEmpty = false)
    {
        const QJsonValue v = get(o, key, path, required);
        if (v.isUndefined() || !expect(v, QJsonValue::String, path / key))
            return {};
        QString s = v.toString();
        if (nonEmpty && s.isEmpty())
            problem(path / key, TthcJson::tr("must not be empty"));
        return s;
    }

    // A number between 0 and `max` (model/modellimits.h).
    double num(const QJsonObject &o, const char *key, const Path &path, double max, bool required = false)
    {
        const QJsonValue v = get(o, key, path, required);
        if (v.isUndefined() || !expect(v, QJsonValue::Double, path / key))
            return 0;
        const double d = v.toDouble();
        if (!std::isfinite(d) || d > max) {
            problem(path / key, TthcJson::tr("is too large (found %1; at most %2)")
                                    .arg(QString::number(d, 'g', 6), QString::number(max, 'f', 0)));
            return 0;
        }
        if (d < 0) {
            problem(path / key, TthcJson::tr("must not be negative (found %1)").arg(d));
            return 0;
        }
        return d;
    }

    bool flag(const QJsonObject &o, const char *key, const Path &path)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        return !v.isUndefined() && expect(v, QJsonValue::Bool, path / key) && v.toBool();
    }

    QStringList strings(const QJsonObject &o, const char *key, const Path &path, bool ids)
    {
        QStringList out;
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return out;
        const Path p = path / key;
        if (!expect(v, QJsonValue::Array, p))
            return out;
        const QJsonArray a = v.toArray();
        out.reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QJsonValue item = a[i];
            if (!expect(item, QJsonValue::String, p[i]))
                continue;
            if (ids && item.toString().isEmpty()) {
                problem(p[i], TthcJson::tr("must not be empty"));
                continue;
            }
            out.append(item.toString());
        }
        return out;
    }

    template <class E> E enumeration(const QJsonObject &o, const char *key, const Path &path, E fallback, bool required = false)
    {
        const QJsonValue v = get(o, key, path, required);
        if (v.isUndefined() || !expect(v, QJsonValue::String, path / key))
            return fallback;
        if (auto e = fromJsonName<E>(v.toString()))
            return *e;
        problem(path / key, TthcJson::tr("unknown value %1; expected one of: %2")
                                .arg(quoted(v.toString()), allJsonNames<E>().join(QStringLiteral(", "))));
        return fallback;
    }

    // Calls `each` for every object of the array at key.
    template <class F> void objects(const QJsonObject &o, const char *key, const Path &path, bool required, F &&each)
    {
        const QJsonValue v = get(o, key, path, required);
        if (v.isUndefined())
            return;
        const Path p = path / key;
        if (!expect(v, QJsonValue::Array, p))
            return;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QJsonValue item = a[i];
            if (expect(item, QJsonValue::Object, p[i]))
                each(item.toObject(), p[i]);
        }
    }

    std::optional<QJsonObject> object(const QJsonObject &o, const char *key, const Path &path)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || !expect(v, QJsonValue::Object, path / key))
            return std::nullopt;
        return v.toObject();
    }

    // The fields this build does not know. Most objects have none: no copy is made then.
    static QJsonObject extra(const QJsonObject &o, std::initializer_list<const char *> known)
    {
        auto isKnown = [&](QStringView key) {
            for (const char *k : known)
                if (key == QLatin1String(k))
                    return true;
            return false;
        };
        QJsonObject out;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (!isKnown(it.key()))
                out.insert(it.key(), it.value());
        return out;
    }

    // Lanes and documents: an id, a name and a kind.
    template <class T, class Kind> T named(const QJsonObject &o, const Path &path, Kind fallback)
    {
        T item;
        item.id = str(o, "id", path, true, true);
        item.name = str(o, "name", path, true, true);
        item.kind = enumeration(o, "kind", path, fallback);
        item.extra = extra(o, {"id", "name", "kind"});
        return item;
    }

    System system(const QJsonObject &s, const Path &sp)
    {
        System sys;
        sys.id = str(s, "id", sp, true, true);
        sys.name = str(s, "name", sp, true, true);
        sys.kind = enumeration(s, "kind", sp, SystemKind::Other);
        sys.owner = str(s, "owner", sp);
        sys.readiness = enumeration(s, "readiness", sp, Readiness::None);
        sys.note = str(s, "note", sp);
        sys.extra = extra(s, {"id", "name", "kind", "owner", "readiness", "note"});
        return sys;
    }

    Process process(const QJsonObject &o, const Path &path)
    {
        Process p;
        objects(o, "lanes", path, true,
                [&](const QJsonObject &l, const Path &lp) { p.lanes.append(named<Lane>(l, lp, LaneKind::Unit)); });
        objects(o, "steps", path, true, [&](const QJsonObject &s, const Path &sp) {
            Step st;
            st.id = str(s, "id", sp, true, true);
            st.kind = enumeration(s, "kind", sp, StepKind::Task, true);
            st.name = str(s, "name", sp, true);
            st.lane = str(s, "lane", sp, true);
            st.description = str(s, "description", sp);
            st.procedure = str(s, "procedure", sp, st.kind == StepKind::Procedure);
            st.hours = num(s, "hours", sp, Limits::hours);
            st.waitDays = num(s, "waitDays", sp, Limits::days);
            st.inPerson = flag(s, "inPerson", sp);
            st.manual = flag(s, "manual", sp);
            st.documents = strings(s, "documents", sp, true);
            st.systems = strings(s, "systems", sp, true);
            st.costVnd = num(s, "costVnd", sp, Limits::moneyVnd);
            st.derivedFrom = strings(s, "derivedFrom", sp, true);
            st.extra = extra(s, {"id", "kind", "name", "lane", "description", "procedure", "hours", "waitDays",
                                 "inPerson", "manual", "documents", "systems", "costVnd", "derivedFrom"});
            p.steps.append(st);
        });
        objects(o, "flows", path, true, [&](const QJsonObject &f, const Path &fp) {
            Flow fl;
            fl.id = str(f, "id", fp);
            fl.from = str(f, "from", fp, true, true);
            fl.to = str(f, "to", fp, true, true);
            fl.label = str(f, "label", fp);
            fl.kind = enumeration(f, "kind", fp, FlowKind::Sequence);
            fl.extra = extra(f, {"id", "from", "to", "label", "kind"});
            p.flows.append(fl);
        });
        // Flows without an id get the first free "f<n>"; ids given in the file are kept.
        QSet<QString> flowIds;
        for (const Flow &f : std::as_const(p.flows))
            if (!f.id.isEmpty())
                flowIds.insert(f.id);
        int next = 1;
        for (Flow &f : p.flows) {
            if (!f.id.isEmpty())
                continue;
            QString id;
            do
                id = QStringLiteral("f%1").arg(next++);
            while (flowIds.contains(id));
            flowIds.insert(id);
            f.id = id;
        }
        if (auto layout = object(o, "layout", path))
            p.layout = *layout;
        p.extra = extra(o, {"lanes", "steps", "flows", "layout"});
        return p;
    }

    QList<StepAnalysis> analysis(const QJsonObject &o, const Path &path)
    {
        QList<StepAnalysis> out;
        objects(o, "analysis", path, false, [&](const QJsonObject &a, const Path &ap) {
            StepAnalysis sa;
            sa.step = str(a, "step", ap, true, true);
            sa.dataSharing = str(a, "dataSharing", ap);
            sa.interconnection = str(a, "interconnection", ap);
            sa.efficiency = str(a, "efficiency", ap);
            sa.performance = str(a, "performance", ap);
            sa.systems = strings(a, "systems", ap, true);
            sa.reuseDocuments = strings(a, "reuseDocuments", ap, true);
            sa.action = enumeration(a, "action", ap, Action::Keep);
            sa.extra = extra(a, {"step", "dataSharing", "interconnection", "efficiency", "performance", "systems",
                                 "reuseDocuments", "action"});
            out.append(sa);
        });
        return out;
    }

    void processes(const QJsonObject &o, const Path &path, Process &asIs, Process &toBe)
    {
        if (auto p = object(o, "asIs", path))
            asIs = process(*p, path / "asIs");
        if (auto p = object(o, "toBe", path))
            toBe = process(*p, path / "toBe");
    }

    Review review(const QJsonObject &o, const Path &path)
    {
        Review r;
        auto ro = object(o, "review", path);
        if (!ro)
            return r;
        const Path rp = path / "review";
        r.state = enumeration(*ro, "state", rp, ReviewState::Draft);
        r.comments = str(*ro, "comments", rp);
        r.decisionNo = str(*ro, "decisionNo", rp);
        r.extra = extra(*ro, {"state", "comments", "decisionNo", "decisionDate"});
        const QString date = str(*ro, "decisionDate", rp);
        if (!date.isEmpty()) {
            r.decisionDate = QDate::fromString(date, Qt::ISODate);
            if (!r.decisionDate.isValid())
                problem(rp / "decisionDate", TthcJson::tr("not a date in the form YYYY-MM-DD: %1").arg(quoted(date)));
        }
        return r;
    }

    Procedure procedure(const QJsonObject &o, const Path &path)
    {
        Procedure p;
        p.code = str(o, "code", path, true, true);
        p.name = str(o, "name", path, true, true);
        p.field = str(o, "field", path);
        p.agency = str(o, "agency", path);
        p.level = enumeration(o, "level", path, Level::Province);
        p.annualVolume = num(o, "annualVolume", path, Limits::volume);
        p.complaintsPerYear = num(o, "complaintsPerYear", path, Limits::volume);
        p.statutoryDays = num(o, "statutoryDays", path, Limits::days);
        objects(o, "fees", path, false, [&](const QJsonObject &f, const Path &fp) {
            p.fees.append({str(f, "name", fp, true), num(f, "amountVnd", fp, Limits::moneyVnd, true), extra(f, {"name", "amountVnd"})});
        });
        p.legalBasis = strings(o, "legalBasis", path, false);
        p.onlineLevel = enumeration(o, "onlineLevel", path, OnlineLevel::None);
        if (auto e = object(o, "eligibility", path)) {
            const Path ep = path / "eligibility";
            p.eligibility = {flag(*e, "published", ep), flag(*e, "formsDownloadable", ep), flag(*e, "formsOnline", ep),
                             flag(*e, "onlinePayment", ep), flag(*e, "processedOnline", ep),
                             extra(*e, {"published", "formsDownloadable", "formsOnline", "onlinePayment", "processedOnline"})};
        }
        if (auto pr = object(o, "priority", path)) {
            const Path pp = path / "priority";
            p.priority = {flag(*pr, "highVolume", pp), flag(*pr, "frequent", pp), flag(*pr, "complaints", pp),
                          flag(*pr, "investment", pp), extra(*pr, {"highVolume", "frequent", "complaints", "investment"})};
        }
        objects(o, "documents", path, false, [&](const QJsonObject &d, const Path &dp) {
            p.documents.append(named<Document>(d, dp, DocumentKind::Other));
        });
        processes(o, path, p.asIs, p.toBe);
        p.analysis = analysis(o, path);
        if (auto e = object(o, "evaluation", path)) {
            const Path ep = path / "evaluation";
            p.evaluation.hourlyIncomeVnd = num(*e, "hourlyIncomeVnd", ep, Limits::hourlyVnd);
            p.evaluation.agencyHourlyCostVnd = num(*e, "agencyHourlyCostVnd", ep, Limits::hourlyVnd);
            p.evaluation.notes = str(*e, "notes", ep);
            p.evaluation.extra = extra(*e, {"hourlyIncomeVnd", "agencyHourlyCostVnd", "notes"});
        }
        p.review = review(o, path);
        p.extra = extra(o, {"code", "name", "field", "agency", "level", "annualVolume", "complaintsPerYear",
                            "statutoryDays", "fees", "legalBasis", "onlineLevel", "eligibility", "priority",
                            "documents", "asIs", "toBe", "analysis", "evaluation", "review"});
        return p;
    }

    ProcedureGroup group(const QJsonObject &o, const Path &path)
    {
        ProcedureGroup g;
        g.id = str(o, "id", path, true, true);
        g.name = str(o, "name", path, true, true);
        if (!get(o, "members", path, true).isUndefined())
            g.members = strings(o, "members", path, true);
        processes(o, path, g.asIs, g.toBe);
        g.analysis = analysis(o, path);
        g.review = review(o, path);
        g.extra = extra(o, {"id", "name", "members", "asIs", "toBe", "analysis", "review"});
        return g;
    }
};

QString lineColumn(const QByteArray &data, int offset)
{
    int line = 1, col = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data[i] == '\n') {
            ++line;
            col = 1;
        } else if ((uchar(data[i]) & 0xC0) != 0x80) { // count characters, not UTF-8 bytes
            ++col;
        }
    }
    return TthcJson::tr("line %1, column %2").arg(line).arg(col);
}

// --- writing ---

QJsonArray toArray(const QStringList &l) { return QJsonArray::fromStringList(l); }

QJsonObject withExtra(const QJsonObject &extra, QJsonObject o)
{
    for (auto it = extra.begin(); it != extra.end(); ++it)
        if (!o.contains(it.key()))
            o.insert(it.key(), it.value());
    return o;
}

QJsonObject toJson(const Process &p)
{
    QJsonArray lanes, steps, flows;
    for (const Lane &l : p.lanes)
        lanes.append(withExtra(l.extra, {{"id", l.id}, {"name", l.name}, {"kind", toJsonName(l.kind)}}));
    for (const Step &s : p.steps) {
        QJsonObject o{{"id", s.id}, {"kind", toJsonName(s.kind)}, {"name", s.name}, {"lane", s.lane}};
        if (!s.description.isEmpty()) o.insert("description", s.description);
        if (!s.procedure.isEmpty()) o.insert("procedure", s.procedure);
        if (s.hours != 0) o.insert("hours", s.hours);
        if (s.waitDays != 0) o.insert("waitDays", s.waitDays);
        if (s.inPerson) o.insert("inPerson", true);
        if (s.manual) o.insert("manual", true);
        if (!s.documents.isEmpty()) o.insert("documents", toArray(s.documents));
        if (!s.systems.isEmpty()) o.insert("systems", toArray(s.systems));
        if (s.costVnd != 0) o.insert("costVnd", s.costVnd);
        if (!s.derivedFrom.isEmpty()) o.insert("derivedFrom", toArray(s.derivedFrom));
        steps.append(withExtra(s.extra, o));
    }
    for (const Flow &f : p.flows) {
        QJsonObject o{{"id", f.id}, {"from", f.from}, {"to", f.to}, {"kind", toJsonName(f.kind)}};
        if (!f.label.isEmpty()) o.insert("label", f.label);
        flows.append(withExtra(f.extra, o));
    }
    QJsonObject o{{"lanes", lanes}, {"steps", steps}, {"flows", flows}};
    if (!p.layout.isEmpty())
        o.insert("layout", p.layout);
    return withExtra(p.extra, o);
}

QJsonArray toJson(const QList<StepAnalysis> &rows)
{
    QJsonArray out;
    for (const StepAnalysis &a : rows)
        out.append(withExtra(a.extra, {{"step", a.step}, {"dataSharing", a.dataSharing},
                                       {"interconnection", a.interconnection}, {"efficiency", a.efficiency},
                                       {"performance", a.performance}, {"systems", toArray(a.systems)},
                                       {"reuseDocuments", toArray(a.reuseDocuments)},
                                       {"action", toJsonName(a.action)}}));
    return out;
}

void putProcessesAndReview(QJsonObject &o, const Process &asIs, const Process &toBe,
                           const QList<StepAnalysis> &analysis, const Review &review)
{
    if (!asIs.isEmpty() || !asIs.layout.isEmpty())
        o.insert("asIs", toJson(asIs));
    if (!toBe.isEmpty() || !toBe.layout.isEmpty())
        o.insert("toBe", toJson(toBe));
    o.insert("analysis", toJson(analysis));
    if (!review.isDefault()) {
        QJsonObject r{{"state", toJsonName(review.state)}};
        if (!review.comments.isEmpty()) r.insert("comments", review.comments);
        if (!review.decisionNo.isEmpty()) r.insert("decisionNo", review.decisionNo);
        if (review.decisionDate.isValid()) r.insert("decisionDate", review.decisionDate.toString(Qt::ISODate));
        o.insert("review", withExtra(review.extra, r));
    }
}

QJsonObject evaluationJson(const Evaluation &e)
{
    QJsonObject o{{"hourlyIncomeVnd", e.hourlyIncomeVnd}, {"notes", e.notes}};
    if (e.agencyHourlyCostVnd != 0) // additive: files that never set it stay as they were
        o.insert("agencyHourlyCostVnd", e.agencyHourlyCostVnd);
    return withExtra(e.extra, o);
}

QJsonObject toJson(const Procedure &p)
{
    QJsonArray fees, documents;
    for (const Fee &f : p.fees)
        fees.append(withExtra(f.extra, {{"name", f.name}, {"amountVnd", f.amountVnd}}));
    for (const Document &d : p.documents)
        documents.append(withExtra(d.extra, {{"id", d.id}, {"name", d.name}, {"kind", toJsonName(d.kind)}}));
    const Eligibility &e = p.eligibility;
    const Priority &pr = p.priority;
    QJsonObject o{{"code", p.code}, {"name", p.name}, {"field", p.field}, {"agency", p.agency},
                  {"level", toJsonName(p.level)}, {"annualVolume", p.annualVolume},
                  {"complaintsPerYear", p.complaintsPerYear}, {"statutoryDays", p.statutoryDays},
                  {"fees", fees}, {"legalBasis", toArray(p.legalBasis)},
                  {"onlineLevel", toJsonName(p.onlineLevel)},
                  {"eligibility", withExtra(e.extra, {{"published", e.published}, {"formsDownloadable", e.formsDownloadable},
                                                      {"formsOnline", e.formsOnline}, {"onlinePayment", e.onlinePayment},
                                                      {"processedOnline", e.processedOnline}})},
                  {"priority", withExtra(pr.extra, {{"highVolume", pr.highVolume}, {"frequent", pr.frequent},
                                                    {"complaints", pr.complaints}, {"investment", pr.investment}})},
                  {"documents", documents},
                  {"evaluation", evaluationJson(p.evaluation)}};
    putProcessesAndReview(o, p.asIs, p.toBe, p.analysis, p.review);
    return withExtra(p.extra, o);
}

QJsonObject toJson(const ProcedureGroup &g)
{
    QJsonObject o{{"id", g.id}, {"name", g.name}, {"members", toArray(g.members)}};
    putProcessesAndReview(o, g.asIs, g.toBe, g.analysis, g.review);
    return withExtra(g.extra, o);
}

} // namespace

QString TthcJson::ReadResult::describe(const QString &fileName) const
{
    QStringList lines;
    for (const JsonProblem &p : problems) {
        QString line = p.path.isEmpty() ? p.message : p.path + QStringLiteral(": ") + p.message;
        if (!fileName.isEmpty())
            line = fileName + QStringLiteral(": ") + line;
        lines << line;
    }
    return lines.join(u'\n');
}

TthcJson::ReadResult TthcJson::read(const QByteArray &utf8)
{
    ReadResult result;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &err);
    if (err.error != QJsonParseError::NoError) {
        result.problems.append({lineColumn(utf8, err.offset), tr("not valid JSON: %1").arg(parseErrorText(err.error))});
        return result;
    }
    if (!doc.isObject()) {
        result.problems.append({QStringLiteral("$"), tr("the file must hold a JSON object")});
        return result;
    }
    const QJsonObject root = doc.object();
    Reader r;
    const Path top;
    if (root.value(QStringLiteral("format")).toString() != QStringLiteral("tthc-json")) {
        r.problem(top / "format", tr("not a tthc-json file (expected \"format\": \"tthc-json\")"));
        result.problems = r.problems;
        return result;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != 1) {
        r.problem(top / "version",
                  tr("unsupported version %1; this build reads version 1")
                      .arg(version.isUndefined() ? tr("(missing)")
                               : version.isDouble() ? QString::number(version.toDouble(), 'g', QLocale::FloatingPointShortest)
                                                    : typeName(version)));
        result.problems = r.problems;
        return result;
    }
    Workspace &ws = result.workspace;
    r.objects(root, "systems", top, false, [&](const QJsonObject &s, const Path &sp) { ws.systems.append(r.system(s, sp)); });
    r.objects(root, "procedures", top, false,
              [&](const QJsonObject &p, const Path &pp) { ws.procedures.append(r.procedure(p, pp)); });
    r.objects(root, "groups", top, false, [&](const QJsonObject &g, const Path &gp) { ws.groups.append(r.group(g, gp)); });
    ws.extra = Reader::extra(root, {"format", "version", "systems", "procedures", "groups"});
    result.problems = r.problems;
    return result;
}

TthcJson::ReadResult TthcJson::import(const QByteArray &utf8)
{
    ReadResult result = read(utf8);
    if (!result.ok())
        return result;
    for (const Finding &f : Validator::validate(result.workspace))
        if (Validator::isIntegrityRule(f.rule))
            result.problems.append({f.path, f.message});
    return result;
}

TthcJson::ReadResult TthcJson::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReadResult r;
        r.problems.append({{}, tr("cannot read the file: %1").arg(file.errorString())});
        return r;
    }
    return import(file.readAll());
}

QJsonObject TthcJson::toJson(const Workspace &ws)
{
    QJsonArray systems, procedures, groups;
    for (const System &s : ws.systems)
        systems.append(systemToJson(s));
    for (const Procedure &p : ws.procedures)
        procedures.append(tthc::toJson(p));
    for (const ProcedureGroup &g : ws.groups)
        groups.append(tthc::toJson(g));
    return withExtra(ws.extra, {{"format", "tthc-json"}, {"version", 1}, {"systems", systems},
                                {"procedures", procedures}, {"groups", groups}});
}

QByteArray TthcJson::write(const Workspace &ws)
{
    return QJsonDocument(toJson(ws)).toJson(QJsonDocument::Indented);
}

QJsonObject TthcJson::procedureToJson(const Procedure &p) { return tthc::toJson(p); }

QString TthcJson::parseErrorText(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::NoError: return tr("no error");
    case QJsonParseError::UnterminatedObject: return tr("an object is not closed: a “}” is missing");
    case QJsonParseError::MissingNameSeparator: return tr("a “:” is missing after a field name");
    case QJsonParseError::UnterminatedArray: return tr("a list is not closed: a “]” is missing");
    case QJsonParseError::MissingValueSeparator: return tr("a “,” is missing between two values");
    case QJsonParseError::IllegalValue: return tr("a value that is not JSON (text needs double quotes; true, false, null are lower case)");
    case QJsonParseError::TerminationByNumber: return tr("the file ends in the middle of a number");
    case QJsonParseError::IllegalNumber: return tr("an illegal number (too large, or not written as JSON writes numbers)");
    case QJsonParseError::IllegalEscapeSequence: return tr("an illegal escape sequence after “\\” in a text");
    case QJsonParseError::IllegalUTF8String: return tr("text that is not valid UTF-8 (save the file as UTF-8)");
    case QJsonParseError::UnterminatedString: return tr("a text is not closed: a “\"” is missing");
    case QJsonParseError::MissingObject: return tr("an object was expected here");
    case QJsonParseError::DeepNesting: return tr("objects nested too deeply");
    case QJsonParseError::DocumentTooLarge: return tr("the document is too large");
    case QJsonParseError::GarbageAtEnd: return tr("there is more after the end of the document");
    }
    return tr("not valid JSON");
}
QJsonObject TthcJson::groupToJson(const ProcedureGroup &g) { return tthc::toJson(g); }
QJsonObject TthcJson::processToJson(const Process &p) { return tthc::toJson(p); }

QJsonObject TthcJson::systemToJson(const System &s)
{
    return withExtra(s.extra, {{"id", s.id}, {"name", s.name}, {"kind", toJsonName(s.kind)},
                               {"owner", s.owner}, {"readiness", toJsonName(s.readiness)}, {"note", s.note}});
}

namespace {
template <class T, class F> Result<T> readOne(F &&read)
{
    Reader r;
    T value = read(r);
    if (!r.problems.isEmpty()) {
        TthcJson::ReadResult rr;
        rr.problems = r.problems;
        return Result<T>::failure(rr.describe());
    }
    return value;
}
} // namespace

Result<Procedure> TthcJson::procedureFromJson(const QJsonObject &o)
{
    return readOne<Procedure>([&](Reader &r) { return r.procedure(o, Path{}); });
}

Result<ProcedureGroup> TthcJson::groupFromJson(const QJsonObject &o)
{
    return readOne<ProcedureGroup>([&](Reader &r) { return r.group(o, Path{}); });
}

Result<Process> TthcJson::processFromJson(const QJsonObject &o)
{
    return readOne<Process>([&](Reader &r) { return r.process(o, Path{}); });
}

Result<System> TthcJson::systemFromJson(const QJsonObject &o)
{
    return readOne<System>([&](Reader &r) { return r.system(o, Path{}); });
}

std::optional<Workspace> TthcJson::extract(const Workspace &ws, const QString &id)
{
    Workspace out;
    out.extra = ws.extra;
    QStringList codes;
    if (const ProcedureGroup *g = ws.group(id)) {
        out.groups.append(*g);
        codes = g->members;
    } else if (ws.procedure(id)) {
        codes << id;
    } else {
        return std::nullopt;
    }
    QSet<QString> systemIds;
    auto collect = [&](const Process &p, const QList<StepAnalysis> &analysis) {
        for (const Step &s : p.steps)
            for (const QString &sys : s.systems)
                systemIds.insert(sys);
        for (const StepAnalysis &a : analysis)
            for (const QString &sys : a.systems)
                systemIds.insert(sys);
    };
    for (const QString &code : std::as_const(codes))
        if (const Procedure *p = ws.procedure(code)) {
            out.procedures.append(*p);
            collect(p->asIs, p->analysis);
            collect(p->toBe, {});
        }
    for (const ProcedureGroup &g : std::as_const(out.groups)) {
        collect(g.asIs, g.analysis);
        collect(g.toBe, {});
    }
    for (const System &s : ws.systems)
        if (systemIds.contains(s.id))
            out.systems.append(s);
    return out;
}

} // namespace tthc
