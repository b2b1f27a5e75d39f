#include "tthcjson.h"
#include "validator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace tthc {

namespace {

QString quoted(const QString &s) { return QStringLiteral("“%1”").arg(s); }

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

// Reads typed values out of JSON objects and records each problem with its path.
class Reader {
public:
    QList<JsonProblem> problems;

    void problem(const QString &path, const QString &message) { problems.append({path, message}); }

    static QString at(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }
    static QString at(const QString &path, qsizetype index)
    {
        return path + u'[' + QString::number(index) + u']';
    }

    bool expect(const QJsonValue &v, QJsonValue::Type type, const QString &path)
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
        problem(path, TthcJson::tr("expected a %1 but found a %2")
                          .arg(QString::fromLatin1(expected), typeName(v)));
        return false;
    }

    bool has(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        if (o.contains(key))
            return true;
        if (required)
            problem(at(path, key), TthcJson::tr("required field is missing"));
        return false;
    }

    QString str(const QJsonObject &o, const QString &key, const QString &path,
                bool required = false, bool nonEmpty = false)
    {
        if (!has(o, key, path, required))
            return {};
        const QJsonValue v = o.value(key);
        if (!expect(v, QJsonValue::String, at(path, key)))
            return {};
        const QString s = v.toString();
        if (nonEmpty && s.isEmpty())
            problem(at(path, key), TthcJson::tr("must not be empty"));
        return s;
    }

    double num(const QJsonObject &o, const QString &key, const QString &path, bool required = false)
    {
        if (!has(o, key, path, required))
            return 0;
        const QJsonValue v = o.value(key);
        if (!expect(v, QJsonValue::Double, at(path, key)))
            return 0;
        const double d = v.toDouble();
        if (d < 0) {
            problem(at(path, key), TthcJson::tr("must not be negative (found %1)").arg(d));
            return 0;
        }
        return d;
    }

    bool flag(const QJsonObject &o, const QString &key, const QString &path)
    {
        if (!o.contains(key))
            return false;
        const QJsonValue v = o.value(key);
        return expect(v, QJsonValue::Bool, at(path, key)) && v.toBool();
    }

    QStringList strings(const QJsonObject &o, const QString &key, const QString &path, bool ids)
    {
        QStringList out;
        if (!o.contains(key))
            return out;
        const QString p = at(path, key);
        const QJsonValue v = o.value(key);
        if (!expect(v, QJsonValue::Array, p))
            return out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!expect(a[i], QJsonValue::String, at(p, i)))
                continue;
            if (ids && a[i].toString().isEmpty()) {
                problem(at(p, i), TthcJson::tr("must not be empty"));
                continue;
            }
            out.append(a[i].toString());
        }
        return out;
    }

    template <class E> E enumeration(const QJsonObject &o, const QString &key, const QString &path, E fallback)
    {
        if (!o.contains(key))
            return fallback;
        const QJsonValue v = o.value(key);
        if (!expect(v, QJsonValue::String, at(path, key)))
            return fallback;
        if (auto e = fromJsonName<E>(v.toString()))
            return *e;
        problem(at(path, key), TthcJson::tr("unknown value %1; expected one of: %2")
                                   .arg(quoted(v.toString()), allJsonNames<E>().join(QStringLiteral(", "))));
        return fallback;
    }

    // Iterates an array of objects; returns false if the value is not an array.
    template <class F> void objects(const QJsonObject &o, const QString &key, const QString &path,
                                    bool required, F &&each)
    {
        if (!has(o, key, path, required))
            return;
        const QString p = at(path, key);
        const QJsonValue v = o.value(key);
        if (!expect(v, QJsonValue::Array, p))
            return;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (expect(a[i], QJsonValue::Object, at(p, i)))
                each(a[i].toObject(), at(p, i));
    }

    std::optional<QJsonObject> object(const QJsonObject &o, const QString &key, const QString &path)
    {
        if (!o.contains(key))
            return std::nullopt;
        const QJsonValue v = o.value(key);
        if (!expect(v, QJsonValue::Object, at(path, key)))
            return std::nullopt;
        return v.toObject();
    }

    static QJsonObject extra(const QJsonObject &o, std::initializer_list<const char *> known)
    {
        QJsonObject out = o;
        for (const char *k : known)
            out.remove(QLatin1String(k));
        return out;
    }

    System system(const QJsonObject &s, const QString &sp)
    {
        System sys;
        sys.id = str(s, QStringLiteral("id"), sp, true, true);
        sys.name = str(s, QStringLiteral("name"), sp, true, true);
        sys.kind = enumeration(s, QStringLiteral("kind"), sp, SystemKind::Other);
        sys.owner = str(s, QStringLiteral("owner"), sp);
        sys.readiness = enumeration(s, QStringLiteral("readiness"), sp, Readiness::None);
        sys.note = str(s, QStringLiteral("note"), sp);
        sys.extra = extra(s, {"id", "name", "kind", "owner", "readiness", "note"});
        return sys;
    }

    Process process(const QJsonObject &o, const QString &path)
    {
        Process p;
        objects(o, QStringLiteral("lanes"), path, true, [&](const QJsonObject &l, const QString &lp) {
            Lane lane;
            lane.id = str(l, QStringLiteral("id"), lp, true, true);
            lane.name = str(l, QStringLiteral("name"), lp, true, true);
            lane.kind = enumeration(l, QStringLiteral("kind"), lp, LaneKind::Unit);
            lane.extra = extra(l, {"id", "name", "kind"});
            p.lanes.append(lane);
        });
        objects(o, QStringLiteral("steps"), path, true, [&](const QJsonObject &s, const QString &sp) {
            Step st;
            st.id = str(s, QStringLiteral("id"), sp, true, true);
            st.kind = enumeration(s, QStringLiteral("kind"), sp, StepKind::Task);
            if (!s.contains(QStringLiteral("kind")))
                problem(at(sp, QStringLiteral("kind")), TthcJson::tr("required field is missing"));
            st.name = str(s, QStringLiteral("name"), sp, true);
            st.lane = str(s, QStringLiteral("lane"), sp, true);
            st.description = str(s, QStringLiteral("description"), sp);
            st.procedure = str(s, QStringLiteral("procedure"), sp, st.kind == StepKind::Procedure);
            st.hours = num(s, QStringLiteral("hours"), sp);
            st.waitDays = num(s, QStringLiteral("waitDays"), sp);
            st.inPerson = flag(s, QStringLiteral("inPerson"), sp);
            st.manual = flag(s, QStringLiteral("manual"), sp);
            st.documents = strings(s, QStringLiteral("documents"), sp, true);
            st.systems = strings(s, QStringLiteral("systems"), sp, true);
            st.costVnd = num(s, QStringLiteral("costVnd"), sp);
            st.derivedFrom = strings(s, QStringLiteral("derivedFrom"), sp, true);
            st.extra = extra(s, {"id", "kind", "name", "lane", "description", "procedure", "hours",
                                 "waitDays", "inPerson", "manual", "documents", "systems", "costVnd",
                                 "derivedFrom"});
            p.steps.append(st);
        });
        QSet<QString> flowIds;
        objects(o, QStringLiteral("flows"), path, true, [&](const QJsonObject &f, const QString &fp) {
            Flow fl;
            fl.id = str(f, QStringLiteral("id"), fp);
            fl.from = str(f, QStringLiteral("from"), fp, true, true);
            fl.to = str(f, QStringLiteral("to"), fp, true, true);
            fl.label = str(f, QStringLiteral("label"), fp);
            fl.kind = enumeration(f, QStringLiteral("kind"), fp, FlowKind::Sequence);
            fl.extra = extra(f, {"id", "from", "to", "label", "kind"});
            p.flows.append(fl);
        });
        // Flows without an id get the first free "f<n>"; ids given in the file are kept.
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
        if (auto layout = object(o, QStringLiteral("layout"), path))
            p.layout = *layout;
        p.extra = extra(o, {"lanes", "steps", "flows", "layout"});
        return p;
    }

    QList<StepAnalysis> analysis(const QJsonObject &o, const QString &path)
    {
        QList<StepAnalysis> out;
        objects(o, QStringLiteral("analysis"), path, false, [&](const QJsonObject &a, const QString &ap) {
            StepAnalysis sa;
            sa.step = str(a, QStringLiteral("step"), ap, true, true);
            sa.dataSharing = str(a, QStringLiteral("dataSharing"), ap);
            sa.interconnection = str(a, QStringLiteral("interconnection"), ap);
            sa.efficiency = str(a, QStringLiteral("efficiency"), ap);
            sa.performance = str(a, QStringLiteral("performance"), ap);
            sa.systems = strings(a, QStringLiteral("systems"), ap, true);
            sa.reuseDocuments = strings(a, QStringLiteral("reuseDocuments"), ap, true);
            sa.action = enumeration(a, QStringLiteral("action"), ap, Action::Keep);
            sa.extra = extra(a, {"step", "dataSharing", "interconnection", "efficiency", "performance",
                                 "systems", "reuseDocuments", "action"});
            out.append(sa);
        });
        return out;
    }

    void processes(const QJsonObject &o, const QString &path, Process &asIs, Process &toBe)
    {
        if (auto p = object(o, QStringLiteral("asIs"), path))
            asIs = process(*p, at(path, QStringLiteral("asIs")));
        if (auto p = object(o, QStringLiteral("toBe"), path))
            toBe = process(*p, at(path, QStringLiteral("toBe")));
    }

    Review review(const QJsonObject &o, const QString &path)
    {
        Review r;
        auto ro = object(o, QStringLiteral("review"), path);
        if (!ro)
            return r;
        const QString rp = at(path, QStringLiteral("review"));
        r.state = enumeration(*ro, QStringLiteral("state"), rp, ReviewState::Draft);
        r.comments = str(*ro, QStringLiteral("comments"), rp);
        r.decisionNo = str(*ro, QStringLiteral("decisionNo"), rp);
        const QString date = str(*ro, QStringLiteral("decisionDate"), rp);
        if (!date.isEmpty()) {
            r.decisionDate = QDate::fromString(date, Qt::ISODate);
            if (!r.decisionDate.isValid())
                problem(at(rp, QStringLiteral("decisionDate")),
                        TthcJson::tr("not a date in the form YYYY-MM-DD: %1").arg(quoted(date)));
        }
        return r;
    }

    Procedure procedure(const QJsonObject &o, const QString &path)
    {
        Procedure p;
        p.code = str(o, QStringLiteral("code"), path, true, true);
        p.name = str(o, QStringLiteral("name"), path, true, true);
        p.field = str(o, QStringLiteral("field"), path);
        p.agency = str(o, QStringLiteral("agency"), path);
        p.level = enumeration(o, QStringLiteral("level"), path, Level::Province);
        p.annualVolume = num(o, QStringLiteral("annualVolume"), path);
        p.complaintsPerYear = num(o, QStringLiteral("complaintsPerYear"), path);
        p.statutoryDays = num(o, QStringLiteral("statutoryDays"), path);
        objects(o, QStringLiteral("fees"), path, false, [&](const QJsonObject &f, const QString &fp) {
            p.fees.append({str(f, QStringLiteral("name"), fp, true), num(f, QStringLiteral("amountVnd"), fp, true)});
        });
        p.legalBasis = strings(o, QStringLiteral("legalBasis"), path, false);
        p.onlineLevel = enumeration(o, QStringLiteral("onlineLevel"), path, OnlineLevel::None);
        if (auto e = object(o, QStringLiteral("eligibility"), path)) {
            const QString ep = at(path, QStringLiteral("eligibility"));
            p.eligibility = {flag(*e, QStringLiteral("published"), ep), flag(*e, QStringLiteral("formsDownloadable"), ep),
                             flag(*e, QStringLiteral("formsOnline"), ep), flag(*e, QStringLiteral("onlinePayment"), ep),
                             flag(*e, QStringLiteral("processedOnline"), ep)};
        }
        if (auto pr = object(o, QStringLiteral("priority"), path)) {
            const QString pp = at(path, QStringLiteral("priority"));
            p.priority = {flag(*pr, QStringLiteral("highVolume"), pp), flag(*pr, QStringLiteral("frequent"), pp),
                          flag(*pr, QStringLiteral("complaints"), pp), flag(*pr, QStringLiteral("investment"), pp)};
        }
        objects(o, QStringLiteral("documents"), path, false, [&](const QJsonObject &d, const QString &dp) {
            Document doc;
            doc.id = str(d, QStringLiteral("id"), dp, true, true);
            doc.name = str(d, QStringLiteral("name"), dp, true, true);
            doc.kind = enumeration(d, QStringLiteral("kind"), dp, DocumentKind::Other);
            doc.extra = extra(d, {"id", "name", "kind"});
            p.documents.append(doc);
        });
        processes(o, path, p.asIs, p.toBe);
        p.analysis = analysis(o, path);
        if (auto e = object(o, QStringLiteral("evaluation"), path)) {
            const QString ep = at(path, QStringLiteral("evaluation"));
            p.evaluation.hourlyIncomeVnd = num(*e, QStringLiteral("hourlyIncomeVnd"), ep);
            p.evaluation.notes = str(*e, QStringLiteral("notes"), ep);
            p.evaluation.extra = extra(*e, {"hourlyIncomeVnd", "notes"});
        }
        p.review = review(o, path);
        p.extra = extra(o, {"code", "name", "field", "agency", "level", "annualVolume", "complaintsPerYear",
                            "statutoryDays", "fees", "legalBasis", "onlineLevel", "eligibility", "priority",
                            "documents", "asIs", "toBe", "analysis", "evaluation", "review"});
        return p;
    }

    ProcedureGroup group(const QJsonObject &o, const QString &path)
    {
        ProcedureGroup g;
        g.id = str(o, QStringLiteral("id"), path, true, true);
        g.name = str(o, QStringLiteral("name"), path, true, true);
        if (has(o, QStringLiteral("members"), path, true))
            g.members = strings(o, QStringLiteral("members"), path, true);
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
        o.insert("review", r);
    }
}

QJsonObject toJson(const Procedure &p)
{
    QJsonArray fees, documents;
    for (const Fee &f : p.fees)
        fees.append(QJsonObject{{"name", f.name}, {"amountVnd", f.amountVnd}});
    for (const Document &d : p.documents)
        documents.append(withExtra(d.extra, {{"id", d.id}, {"name", d.name}, {"kind", toJsonName(d.kind)}}));
    const Eligibility &e = p.eligibility;
    const Priority &pr = p.priority;
    QJsonObject o{{"code", p.code}, {"name", p.name}, {"field", p.field}, {"agency", p.agency},
                  {"level", toJsonName(p.level)}, {"annualVolume", p.annualVolume},
                  {"complaintsPerYear", p.complaintsPerYear}, {"statutoryDays", p.statutoryDays},
                  {"fees", fees}, {"legalBasis", toArray(p.legalBasis)},
                  {"onlineLevel", toJsonName(p.onlineLevel)},
                  {"eligibility", QJsonObject{{"published", e.published}, {"formsDownloadable", e.formsDownloadable},
                                              {"formsOnline", e.formsOnline}, {"onlinePayment", e.onlinePayment},
                                              {"processedOnline", e.processedOnline}}},
                  {"priority", QJsonObject{{"highVolume", pr.highVolume}, {"frequent", pr.frequent},
                                           {"complaints", pr.complaints}, {"investment", pr.investment}}},
                  {"documents", documents},
                  {"evaluation", withExtra(p.evaluation.extra, {{"hourlyIncomeVnd", p.evaluation.hourlyIncomeVnd},
                                                                {"notes", p.evaluation.notes}})}};
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
        result.problems.append({lineColumn(utf8, err.offset), tr("not valid JSON: %1").arg(err.errorString())});
        return result;
    }
    if (!doc.isObject()) {
        result.problems.append({QStringLiteral("$"), tr("the file must hold a JSON object")});
        return result;
    }
    const QJsonObject root = doc.object();
    Reader r;
    if (root.value(QStringLiteral("format")).toString() != QStringLiteral("tthc-json")) {
        r.problem(QStringLiteral("format"), tr("not a tthc-json file (expected \"format\": \"tthc-json\")"));
        result.problems = r.problems;
        return result;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != 1) {
        r.problem(QStringLiteral("version"),
                  tr("unsupported version %1; this build reads version 1")
                      .arg(version.isUndefined() ? tr("(missing)")
                               : version.isDouble() ? QString::number(version.toDouble())
                                                    : typeName(version)));
        result.problems = r.problems;
        return result;
    }
    Workspace &ws = result.workspace;
    r.objects(root, QStringLiteral("systems"), {}, false,
              [&](const QJsonObject &s, const QString &sp) { ws.systems.append(r.system(s, sp)); });
    r.objects(root, QStringLiteral("procedures"), {}, false,
              [&](const QJsonObject &p, const QString &pp) { ws.procedures.append(r.procedure(p, pp)); });
    r.objects(root, QStringLiteral("groups"), {}, false,
              [&](const QJsonObject &g, const QString &gp) { ws.groups.append(r.group(g, gp)); });
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
    return readOne<Procedure>([&](Reader &r) { return r.procedure(o, {}); });
}

Result<ProcedureGroup> TthcJson::groupFromJson(const QJsonObject &o)
{
    return readOne<ProcedureGroup>([&](Reader &r) { return r.group(o, {}); });
}

Result<System> TthcJson::systemFromJson(const QJsonObject &o)
{
    return readOne<System>([&](Reader &r) { return r.system(o, {}); });
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
