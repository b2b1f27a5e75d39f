// tthc-json: the samples import and round-trip; every structural error names its JSON path.
#include "fixtures.h"
#include "tthcjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tthc;

class TestTthcJson : public QObject {
    Q_OBJECT
private slots:
    void samplesRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("procedures");
        QTest::addColumn<int>("groups");
        QTest::addColumn<int>("systems");
        QTest::newRow("doi-gplx") << QStringLiteral("doi-gplx.json") << 1 << 0 << 18;
        QTest::newRow("vay-von") << QStringLiteral("vay-von-tra-luong-covid.json") << 3 << 1 << 4;
        QTest::newRow("systems") << QStringLiteral("systems.json") << 0 << 0 << 18;
    }

    void samplesRoundTrip()
    {
        QFETCH(QString, file);
        QFETCH(int, procedures);
        QFETCH(int, groups);
        QFETCH(int, systems);
        const auto first = TthcJson::import(fixtures::readAll(fixtures::sharedPath("samples/" + file)));
        QVERIFY2(first.ok(), qPrintable(first.describe(file)));
        QCOMPARE(first.workspace.procedures.size(), procedures);
        QCOMPARE(first.workspace.groups.size(), groups);
        QCOMPARE(first.workspace.systems.size(), systems);
        const QByteArray exported = TthcJson::write(first.workspace);
        const auto second = TthcJson::import(exported);
        QVERIFY2(second.ok(), qPrintable(second.describe()));
        QVERIFY(second.workspace == first.workspace);
        QCOMPARE(TthcJson::write(second.workspace), exported); // stable output
    }

    void sampleContent()
    {
        const Workspace ws = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
        const Procedure &p = ws.procedures[0];
        QCOMPARE(p.code, QStringLiteral("1.002804"));
        QCOMPARE(p.name, QStringLiteral("Đổi giấy phép lái xe do ngành Giao thông vận tải cấp"));
        QCOMPARE(p.annualVolume, 382327.0);
        QCOMPARE(p.fees.size(), 1);
        QCOMPARE(p.fees[0].amountVnd, 135000.0);
        QCOMPARE(p.asIs.steps.size(), 12); // 11 steps of the appendix plus the start
        QCOMPARE(std::count_if(p.asIs.steps.begin(), p.asIs.steps.end(),
                               [](const Step &s) { return s.kind == StepKind::Start; }), 1);
        QCOMPARE(p.asIs.lanes.size(), 5);
        const Step *s1 = p.asIs.step(QStringLiteral("s1"));
        QVERIFY(s1);
        QCOMPARE(s1->hours, 4.0);
        QCOMPARE(s1->costVnd, 300000.0);
        QVERIFY(s1->inPerson);
        QCOMPARE(p.analysis[0].action, Action::Simplify);
        QCOMPARE(p.analysis[0].reuseDocuments, QStringList{QStringLiteral("d-ksk")});
        // Flows get stable ids f1, f2, … when the file has none.
        QCOMPARE(p.asIs.flows.first().id, QStringLiteral("f1"));
        QCOMPARE(p.asIs.flows.last().id, QStringLiteral("f%1").arg(p.asIs.flows.size()));
    }

    void unknownFieldsSurvive()
    {
        QJsonObject root = TthcJson::toJson(fixtures::small());
        root.insert(QStringLiteral("generator"), QStringLiteral("other-tool 2.0"));
        QJsonArray procs = root.value(QStringLiteral("procedures")).toArray();
        QJsonObject p = procs[0].toObject();
        p.insert(QStringLiteral("x-priorityScore"), 42);
        QJsonObject asIs = p.value(QStringLiteral("asIs")).toObject();
        QJsonArray steps = asIs.value(QStringLiteral("steps")).toArray();
        QJsonObject s = steps[1].toObject();
        s.insert(QStringLiteral("colour"), QStringLiteral("#ff0000"));
        steps[1] = s;
        asIs.insert(QStringLiteral("steps"), steps);
        asIs.insert(QStringLiteral("layout"), QJsonObject{{QStringLiteral("direction"), QStringLiteral("LR")}});
        p.insert(QStringLiteral("asIs"), asIs);
        procs[0] = p;
        root.insert(QStringLiteral("procedures"), procs);

        const auto r = TthcJson::import(QJsonDocument(root).toJson());
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const Procedure &got = r.workspace.procedures[0];
        QCOMPARE(got.extra.value(QStringLiteral("x-priorityScore")).toInt(), 42);
        QCOMPARE(got.asIs.steps[1].extra.value(QStringLiteral("colour")).toString(), QStringLiteral("#ff0000"));
        QCOMPARE(got.asIs.layout.value(QStringLiteral("direction")).toString(), QStringLiteral("LR"));
        QCOMPARE(r.workspace.extra.value(QStringLiteral("generator")).toString(), QStringLiteral("other-tool 2.0"));
        const auto again = TthcJson::import(TthcJson::write(r.workspace));
        QVERIFY(again.workspace == r.workspace);
    }

    void unknownFieldsSurviveInEveryObjectKind()
    {
        // Issue 11.7: eligibility, priority, fees[i] and review used to drop theirs.
        for (const auto &[file, marked] : fixtures::markedDocuments()) {
            const auto r = TthcJson::import(QJsonDocument(marked).toJson());
            QVERIFY2(r.ok(), qPrintable(r.describe()));
            const QJsonObject written = QJsonDocument::fromJson(TthcJson::write(r.workspace)).object();
            const QStringList missing = fixtures::missingMarks(marked, written);
            QVERIFY2(missing.isEmpty(), qPrintable(file + QStringLiteral(": ") + missing.join(QStringLiteral(", "))));
        }
    }

    void reviewIsAdditive()
    {
        Workspace ws = fixtures::small();
        ws.procedures[0].review = {ReviewState::Approved, QStringLiteral("Đạt"), QStringLiteral("123/QĐ-UBND"),
                                   QDate(2024, 10, 11)};
        const auto r = TthcJson::import(TthcJson::write(ws));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(r.workspace.procedures[0].review, ws.procedures[0].review);
        QVERIFY(r.workspace == ws);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        const QByteArray head = R"({"format":"tthc-json","version":1,)";
        const QByteArray proc = R"("procedures":[{"code":"X","name":"N","asIs":{"lanes":[{"id":"L","name":"A"}],)"
                                R"("steps":[{"id":"s0","kind":"start","name":"B","lane":"L"},{"id":"s1","kind":"end","name":"K","lane":"L"}],)";
        QTest::newRow("syntax") << QByteArray("{\"format\": \"tthc-json\",\n  \"version\": 1,\n  \"procedures\": [ }")
                                << QStringLiteral("line 3, column 20") << QStringLiteral("JSON");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("$") << QString();
        QTest::newRow("wrong format") << QByteArray(R"({"format":"bpmn","version":1})") << QStringLiteral("format") << QString();
        QTest::newRow("newer version") << QByteArray(R"({"format":"tthc-json","version":2})") << QStringLiteral("version")
                                       << QStringLiteral("2");
        // Issue 11.11: a version that is almost 1 is shown as it is, not rounded to "1".
        QTest::newRow("version 1.0000000001") << QByteArray(R"({"format":"tthc-json","version":1.0000000001})")
                                              << QStringLiteral("version") << QStringLiteral("version 1.0000000001;");
        QTest::newRow("missing name") << head + R"("procedures":[{"code":"X"}]})" << QStringLiteral("procedures[0].name")
                                      << QString();
        QTest::newRow("wrong type") << head + R"("procedures":[{"code":"X","name":"N","annualVolume":"nhiều"}]})"
                                    << QStringLiteral("procedures[0].annualVolume") << QStringLiteral("number");
        QTest::newRow("negative") << head + R"("procedures":[{"code":"X","name":"N","statutoryDays":-3}]})"
                                  << QStringLiteral("procedures[0].statutoryDays") << QStringLiteral("-3");
        QTest::newRow("bad enum") << head + R"("systems":[{"id":"a","name":"A","readiness":"soon"}]})"
                                  << QStringLiteral("systems[0].readiness") << QStringLiteral("soon");
        QTest::newRow("missing flows") << head + proc + R"("x":1}}]})" << QStringLiteral("procedures[0].asIs.flows") << QString();
        QTest::newRow("dangling flow")
            << head + proc + R"("flows":[{"from":"s0","to":"s1"},{"from":"s0","to":"s1"},{"from":"s0","to":"s1"},{"from":"s0","to":"s7"}]}}]})"
            << QStringLiteral("procedures[0].asIs.flows[3].to") << QStringLiteral("s7");
        QTest::newRow("step without lane field")
            << head + R"("procedures":[{"code":"X","name":"N","asIs":{"lanes":[],"steps":[{"id":"s0","kind":"start","name":"B"}],"flows":[]}}]})"
            << QStringLiteral("procedures[0].asIs.steps[0].lane") << QString();
        QTest::newRow("sub-procedure without code")
            << head + R"("groups":[{"id":"g","name":"G","members":[],"asIs":{"lanes":[{"id":"L","name":"A"}],"steps":[{"id":"p","kind":"procedure","name":"B","lane":"L"}],"flows":[]}}]})"
            << QStringLiteral("groups[0].asIs.steps[0].procedure") << QString();
        QTest::newRow("id list with a number") << head + R"("procedures":[{"code":"X","name":"N","legalBasis":["a",3]}]})"
                                               << QStringLiteral("procedures[0].legalBasis[1]") << QStringLiteral("string");
        // Issue 11.9: absurd numbers are refused at the edge (model/modellimits.h), so no
        // "inf" or "nan %" can reach a dossier.
        QTest::newRow("1e308 hours")
            << head + R"("procedures":[{"code":"X","name":"N","asIs":{"lanes":[{"id":"L","name":"A"}],"steps":[{"id":"s","kind":"task","name":"B","lane":"L","hours":1e308}],"flows":[]}}]})"
            << QStringLiteral("procedures[0].asIs.steps[0].hours") << QStringLiteral("too large");
        QTest::newRow("a volume of 10^12") << head + R"("procedures":[{"code":"X","name":"N","annualVolume":1e12}]})"
                                           << QStringLiteral("procedures[0].annualVolume") << QStringLiteral("too large");
        QTest::newRow("beyond a double") << head + R"("procedures":[{"code":"X","name":"N","statutoryDays":1e999}]})"
                                         << QStringLiteral("line 1, column 93") << QStringLiteral("illegal number"); // Qt's parser refuses it
        QTest::newRow("a fee of 10^15 VND") << head + R"("procedures":[{"code":"X","name":"N","fees":[{"name":"F","amountVnd":1e15}]}]})"
                                            << QStringLiteral("procedures[0].fees[0].amountVnd") << QStringLiteral("at most 1000000000000");
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        const auto r = TthcJson::import(json);
        QVERIFY(!r.ok());
        bool found = false;
        for (const JsonProblem &p : r.problems)
            if (p.path == path && p.message.contains(fragment))
                found = true;
        QVERIFY2(found, qPrintable(r.describe(QStringLiteral("test.json"))));
        QVERIFY(r.describe(QStringLiteral("test.json")).startsWith(QStringLiteral("test.json: ") + path));
    }

    void extractKeepsWhatBelongs()
    {
        Workspace ws = fixtures::loadSample(QStringLiteral("vay-von-tra-luong-covid.json"));
        const auto single = TthcJson::extract(ws, QStringLiteral("2.001002"));
        QVERIFY(single);
        QCOMPARE(single->procedures.size(), 1);
        QCOMPARE(single->groups.size(), 0);
        QVERIFY(TthcJson::import(TthcJson::write(*single)).ok()); // no dangling system reference
        const auto group = TthcJson::extract(ws, QStringLiteral("nhom-vay-von-covid"));
        QVERIFY(group);
        QCOMPARE(group->procedures.size(), 3);
        QCOMPARE(group->groups.size(), 1);
        QVERIFY(!TthcJson::extract(ws, QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestTthcJson)
#include "tst_tthcjson.moc"
