#pragma once
// Shared test fixtures: the samples of ../shared, and a small valid workspace that the
// validator tests break one rule at a time.
#include "tthcjson.h"
#include "types.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace fixtures {

inline QString sharedPath(const QString &relative) { return QStringLiteral(TTHC_SHARED_DIR "/") + relative; }
inline QString sourcePath(const QString &relative) { return QStringLiteral(TTHC_SOURCE_DIR "/") + relative; }

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(path));
    return f.readAll();
}

inline QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

inline tthc::Workspace loadSample(const QString &name)
{
    const auto r = tthc::TthcJson::import(readAll(sharedPath(QStringLiteral("samples/") + name)));
    if (!r.ok())
        qFatal("sample %s does not import: %s", qPrintable(name), qPrintable(r.describe()));
    return r.workspace;
}

inline tthc::Step step(const QString &id, tthc::StepKind kind, const QString &lane, const QString &name = {})
{
    tthc::Step s;
    s.id = id;
    s.kind = kind;
    s.lane = lane;
    s.name = name.isEmpty() ? id : name;
    return s;
}

inline tthc::Flow flow(const QString &id, const QString &from, const QString &to, const QString &label = {})
{
    tthc::Flow f;
    f.id = id;
    f.from = from;
    f.to = to;
    f.label = label;
    return f;
}

// One procedure P1 (as-is with a decision, to-be, analysis) and a group G1 over it.
inline tthc::Workspace small()
{
    using namespace tthc;
    Workspace ws;
    ws.systems.append({QStringLiteral("sys-a"), QStringLiteral("CSDL A"), SystemKind::NationalDb, {}, Readiness::Connected, {}, {}});
    Procedure p;
    p.code = QStringLiteral("P1");
    p.name = QStringLiteral("Cấp giấy phép thử");
    p.agency = QStringLiteral("Sở Thử nghiệm");
    p.field = QStringLiteral("Lĩnh vực A");
    p.documents = {{QStringLiteral("d1"), QStringLiteral("Tờ khai"), DocumentKind::Form, {}},
                   {QStringLiteral("d2"), QStringLiteral("Bản sao CCCD"), DocumentKind::Copy, {}}};
    Process &a = p.asIs;
    a.lanes = {{QStringLiteral("L1"), QStringLiteral("Người dân"), LaneKind::Applicant, {}},
               {QStringLiteral("L2"), QStringLiteral("Bộ phận một cửa"), LaneKind::Desk, {}}};
    Step s1 = step(QStringLiteral("s1"), StepKind::Task, QStringLiteral("L1"), QStringLiteral("Nộp hồ sơ"));
    s1.documents = {QStringLiteral("d1"), QStringLiteral("d2")};
    s1.systems = {QStringLiteral("sys-a")};
    s1.hours = 2;
    s1.inPerson = true;
    a.steps = {step(QStringLiteral("s0"), StepKind::Start, QStringLiteral("L1")), s1,
               step(QStringLiteral("s2"), StepKind::Decision, QStringLiteral("L2"), QStringLiteral("Đủ hồ sơ?")),
               step(QStringLiteral("s3"), StepKind::Task, QStringLiteral("L2"), QStringLiteral("Thẩm định")),
               step(QStringLiteral("s9"), StepKind::End, QStringLiteral("L1"))};
    a.flows = {flow(QStringLiteral("f1"), QStringLiteral("s0"), QStringLiteral("s1")),
               flow(QStringLiteral("f2"), QStringLiteral("s1"), QStringLiteral("s2")),
               flow(QStringLiteral("f3"), QStringLiteral("s2"), QStringLiteral("s3"), QStringLiteral("Đủ")),
               flow(QStringLiteral("f4"), QStringLiteral("s2"), QStringLiteral("s9"), QStringLiteral("Không đủ")),
               flow(QStringLiteral("f5"), QStringLiteral("s3"), QStringLiteral("s9"))};
    StepAnalysis r1;
    r1.step = QStringLiteral("s1");
    r1.systems = {QStringLiteral("sys-a")};
    r1.reuseDocuments = {QStringLiteral("d2")};
    r1.action = Action::Simplify;
    StepAnalysis r3;
    r3.step = QStringLiteral("s3");
    p.analysis = {r1, r3};
    Process &t = p.toBe;
    t.lanes = {{QStringLiteral("T1"), QStringLiteral("Người dân"), LaneKind::Applicant, {}}};
    Step t1 = step(QStringLiteral("t1"), StepKind::Task, QStringLiteral("T1"), QStringLiteral("Nộp trực tuyến"));
    t1.derivedFrom = {QStringLiteral("s1")};
    t.steps = {step(QStringLiteral("t0"), StepKind::Start, QStringLiteral("T1")), t1,
               step(QStringLiteral("t9"), StepKind::End, QStringLiteral("T1"))};
    t.flows = {flow(QStringLiteral("f1"), QStringLiteral("t0"), QStringLiteral("t1")),
               flow(QStringLiteral("f2"), QStringLiteral("t1"), QStringLiteral("t9"))};
    ws.procedures.append(p);

    ProcedureGroup g;
    g.id = QStringLiteral("G1");
    g.name = QStringLiteral("Nhóm thử");
    g.members = {QStringLiteral("P1")};
    g.asIs.lanes = {{QStringLiteral("GL"), QStringLiteral("Sở"), LaneKind::Agency, {}}};
    Step g1 = step(QStringLiteral("g1"), StepKind::Procedure, QStringLiteral("GL"));
    g1.procedure = QStringLiteral("P1");
    g.asIs.steps = {step(QStringLiteral("g0"), StepKind::Start, QStringLiteral("GL")), g1,
                    step(QStringLiteral("g9"), StepKind::End, QStringLiteral("GL"))};
    g.asIs.flows = {flow(QStringLiteral("f1"), QStringLiteral("g0"), QStringLiteral("g1")),
                    flow(QStringLiteral("f2"), QStringLiteral("g1"), QStringLiteral("g9"))};
    ws.groups.append(g);
    return ws;
}

// Lossless round trips: every object of a tthc-json document (but the free-form ones, whose
// keys are data: a chart's `layout` and what is inside it) gets a field no version knows,
// `x-roundTrip`, holding its own JSON path. `missingMarks` lists the paths whose mark did not
// come back in `after`.
inline void markEveryObject(QJsonValue &v, const QString &path = QStringLiteral("$"))
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("layout"))
                continue;
            QJsonValue child = it.value();
            markEveryObject(child, path + u'.' + it.key());
            it.value() = child;
        }
        o.insert(QStringLiteral("x-roundTrip"), path);
        v = o;
    } else if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            QJsonValue child = a[i];
            markEveryObject(child, QStringLiteral("%1[%2]").arg(path).arg(i));
            a[i] = child;
        }
        v = a;
    }
}

inline void collectMarks(const QJsonValue &v, QStringList *out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("x-roundTrip")))
            *out << o.value(QStringLiteral("x-roundTrip")).toString();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectMarks(it.value(), out);
    } else if (v.isArray()) {
        for (const QJsonValue &child : v.toArray())
            collectMarks(child, out);
    }
}

inline QStringList missingMarks(const QJsonValue &before, const QJsonValue &after)
{
    QStringList expected, got;
    collectMarks(before, &expected);
    collectMarks(after, &got);
    QStringList missing;
    for (const QString &p : std::as_const(expected))
        if (!got.contains(p))
            missing << p;
    return missing;
}

// The marked documents of the round-trip tests: each shared sample and the embedded sample
// workspace, with a review on the first procedure and on the group (the samples have none).
inline QList<QPair<QString, QJsonObject>> markedDocuments()
{
    QList<QPair<QString, QJsonObject>> out;
    const QStringList files{sharedPath(QStringLiteral("samples/doi-gplx.json")),
                            sharedPath(QStringLiteral("samples/vay-von-tra-luong-covid.json")),
                            sourcePath(QStringLiteral("templates/sample-workspace.json"))};
    for (const QString &file : files) {
        QJsonObject root = QJsonDocument::fromJson(readAll(file)).object();
        const QJsonObject review{{"state", "submitted"}, {"comments", "Đã nộp"}};
        for (const char *key : {"procedures", "groups"}) {
            QJsonArray items = root.value(QLatin1String(key)).toArray();
            if (!items.isEmpty()) {
                QJsonObject first = items[0].toObject();
                first.insert(QStringLiteral("review"), review);
                items[0] = first;
                root.insert(QLatin1String(key), items);
            }
        }
        QJsonValue v = root;
        markEveryObject(v);
        out.append({file, v.toObject()});
    }
    return out;
}

} // namespace fixtures
