// The live model: id-based edits, their notifications, persistence of each edit, and that a
// refused edit changes nothing.
#include "fixtures.h"
#include "workspacemodel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tthc;

Q_DECLARE_METATYPE(tthc::ProcessRef)

class TestWorkspaceModel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;

    // A model on a fresh workspace file holding the small fixture.
    std::unique_ptr<WorkspaceModel> fresh(QString *path = nullptr)
    {
        auto model = std::make_unique<WorkspaceModel>();
        const QString p = m_dir.filePath(QStringLiteral("m%1.tthc").arg(++m_n));
        if (!model->create(p, fixtures::small()))
            qFatal("create failed");
        if (path)
            *path = p;
        return model;
    }

    static Workspace reopen(const QString &path)
    {
        WorkspaceModel again;
        if (Status s = again.open(path); !s)
            qFatal("%s", qPrintable(s.error()));
        return again.workspace();
    }

    const ProcessRef asIs = ProcessRef::procedure(QStringLiteral("P1"), Which::AsIs);

private slots:
    void initTestCase() { qRegisterMetaType<tthc::ProcessRef>(); }

    void setFieldNotifiesAndPersists()
    {
        QString path;
        auto model = fresh(&path);
        QSignalSpy changed(model.get(), &WorkspaceModel::procedureChanged);
        QSignalSpy saved(model.get(), &WorkspaceModel::saved);
        QVERIFY(model->setProcedureField(QStringLiteral("P1"), ProcedureField::AnnualVolume, 1234));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toString(), QStringLiteral("P1"));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(model->procedure(QStringLiteral("P1"))->annualVolume, 1234.0);
        QCOMPARE(reopen(path).procedures[0].annualVolume, 1234.0);
        // The same value again is no change: no signal, no save.
        QVERIFY(model->setProcedureField(QStringLiteral("P1"), ProcedureField::AnnualVolume, 1234));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(saved.size(), 1);
    }

    void everyFieldRoundTrips_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("name") << int(ProcedureField::Name) << QVariant(QStringLiteral("Tên mới"));
        QTest::newRow("field") << int(ProcedureField::FieldOfWork) << QVariant(QStringLiteral("Đường bộ"));
        QTest::newRow("agency") << int(ProcedureField::Agency) << QVariant(QStringLiteral("Sở Giao thông vận tải"));
        QTest::newRow("level") << int(ProcedureField::Level) << QVariant(int(Level::Commune));
        QTest::newRow("volume") << int(ProcedureField::AnnualVolume) << QVariant(500.0);
        QTest::newRow("complaints") << int(ProcedureField::ComplaintsPerYear) << QVariant(12.0);
        QTest::newRow("days") << int(ProcedureField::StatutoryDays) << QVariant(7.5);
        QTest::newRow("online") << int(ProcedureField::OnlineLevel) << QVariant(int(OnlineLevel::Full));
        QTest::newRow("legal") << int(ProcedureField::LegalBasis) << QVariant(QStringList{QStringLiteral("Luật A"), QStringLiteral("Nghị định B")});
        QTest::newRow("published") << int(ProcedureField::Published) << QVariant(true);
        QTest::newRow("downloadable") << int(ProcedureField::FormsDownloadable) << QVariant(true);
        QTest::newRow("forms online") << int(ProcedureField::FormsOnline) << QVariant(true);
        QTest::newRow("payment") << int(ProcedureField::OnlinePayment) << QVariant(true);
        QTest::newRow("processed") << int(ProcedureField::ProcessedOnline) << QVariant(true);
        QTest::newRow("high volume") << int(ProcedureField::HighVolume) << QVariant(true);
        QTest::newRow("frequent") << int(ProcedureField::Frequent) << QVariant(true);
        QTest::newRow("complaints flag") << int(ProcedureField::Complaints) << QVariant(true);
        QTest::newRow("investment") << int(ProcedureField::Investment) << QVariant(true);
        QTest::newRow("hourly") << int(ProcedureField::HourlyIncome) << QVariant(40000.0);
        QTest::newRow("agency hourly") << int(ProcedureField::AgencyHourlyCost) << QVariant(65000.0);
        QTest::newRow("notes") << int(ProcedureField::EvaluationNotes) << QVariant(QStringLiteral("Nguồn: TCTK"));
    }

    void everyFieldRoundTrips()
    {
        QFETCH(int, field);
        QFETCH(QVariant, value);
        QString path;
        auto model = fresh(&path);
        const auto f = ProcedureField(field);
        QVERIFY(WorkspaceModel::fieldValue(*model->procedure(QStringLiteral("P1")), f) != value);
        QVERIFY(model->setProcedureField(QStringLiteral("P1"), f, value));
        QCOMPARE(WorkspaceModel::fieldValue(*model->procedure(QStringLiteral("P1")), f), value);
        QCOMPARE(WorkspaceModel::fieldValue(reopen(path).procedures[0], f), value);
    }

    void refusedEditChangesNothing()
    {
        auto model = fresh();
        const Workspace before = model->workspace();
        QSignalSpy changed(model.get(), &WorkspaceModel::procedureChanged);
        QVERIFY(!model->setProcedureField(QStringLiteral("P1"), ProcedureField::Name, QStringLiteral("  ")));
        QVERIFY(!model->setProcedureField(QStringLiteral("nope"), ProcedureField::Name, QStringLiteral("x")));
        QVERIFY(!model->addStep(asIs, fixtures::step(QStringLiteral("s1"), StepKind::Task, QStringLiteral("L1"))));
        QVERIFY(!model->addFlow(asIs, fixtures::flow(QStringLiteral("f99"), QStringLiteral("s1"), QStringLiteral("zz"))));
        QVERIFY(!model->removeLane(asIs, QStringLiteral("L1"))); // still holds steps
        QVERIFY(!model->addProcedure(model->workspace().procedures[0]));
        QCOMPARE(changed.size(), 0);
        QVERIFY(model->workspace() == before);
    }

    void processEditsNotify()
    {
        QString path;
        auto model = fresh(&path);
        QSignalSpy stepAdded(model.get(), &WorkspaceModel::stepAdded);
        QSignalSpy stepRemoved(model.get(), &WorkspaceModel::stepRemoved);
        QSignalSpy flowRemoved(model.get(), &WorkspaceModel::flowRemoved);
        QSignalSpy processChanged(model.get(), &WorkspaceModel::processChanged);

        QVERIFY(model->addStep(asIs, fixtures::step(QStringLiteral("s4"), StepKind::Task, QStringLiteral("L2")), 3));
        QCOMPARE(stepAdded.size(), 1);
        QCOMPARE(stepAdded[0][1].toString(), QStringLiteral("s4"));
        QCOMPARE(model->process(asIs)->stepIndex(QStringLiteral("s4")), 3);
        QVERIFY(model->addFlow(asIs, fixtures::flow(QStringLiteral("f6"), QStringLiteral("s3"), QStringLiteral("s4"))));
        QVERIFY(model->addFlow(asIs, fixtures::flow(QStringLiteral("f7"), QStringLiteral("s4"), QStringLiteral("s9"))));

        Step renamed = *model->process(asIs)->step(QStringLiteral("s4"));
        renamed.name = QStringLiteral("Trình lãnh đạo ký");
        QVERIFY(model->updateStep(asIs, renamed));

        // Removing a step takes its flows with it, and says so.
        QVERIFY(model->removeStep(asIs, QStringLiteral("s3")));
        QCOMPARE(stepRemoved.size(), 1);
        QCOMPARE(flowRemoved.size(), 3); // f3 (s2→s3), f5 (s3→s9), f6 (s3→s4)
        QStringList removed;
        for (const auto &args : flowRemoved)
            removed << args[1].toString();
        removed.sort();
        QCOMPARE(removed, (QStringList{QStringLiteral("f3"), QStringLiteral("f5"), QStringLiteral("f6")}));
        QCOMPARE(processChanged.size(), 5);
        QCOMPARE(processChanged.last()[0].value<ProcessRef>(), asIs);

        const Workspace stored = reopen(path);
        QVERIFY(stored == model->workspace());
        QCOMPARE(stored.procedures[0].asIs.step(QStringLiteral("s4"))->name, QStringLiteral("Trình lãnh đạo ký"));
    }

    void laneAndFlowEdits()
    {
        QString path;
        auto model = fresh(&path);
        QVERIFY(model->addLane(asIs, {QStringLiteral("L3"), QStringLiteral("Lãnh đạo"), LaneKind::Leader, {}}));
        QVERIFY(model->updateLane(asIs, {QStringLiteral("L3"), QStringLiteral("Lãnh đạo Sở"), LaneKind::Leader, {}}));
        Flow f = model->process(asIs)->flows[2];
        f.label = QStringLiteral("Hợp lệ");
        f.kind = FlowKind::Message;
        QVERIFY(model->updateFlow(asIs, f));
        QVERIFY(model->removeFlow(asIs, QStringLiteral("f5")));
        QVERIFY(model->removeLane(asIs, QStringLiteral("L3")));
        const Workspace stored = reopen(path);
        QVERIFY(stored == model->workspace());
        QCOMPARE(stored.procedures[0].asIs.flows[2].kind, FlowKind::Message);
        QCOMPARE(stored.procedures[0].asIs.flowIndex(QStringLiteral("f5")), -1);
    }

    void groupProcessIsPersisted()
    {
        QString path;
        auto model = fresh(&path);
        const ProcessRef g = ProcessRef::group(QStringLiteral("G1"), Which::ToBe);
        QVERIFY(model->setProcess(g, model->workspace().groups[0].asIs));
        QCOMPARE(reopen(path).groups[0].toBe, model->workspace().groups[0].asIs);
    }

    void addRemoveProcedure()
    {
        QString path;
        auto model = fresh(&path);
        QSignalSpy added(model.get(), &WorkspaceModel::procedureAdded);
        QSignalSpy removed(model.get(), &WorkspaceModel::procedureRemoved);
        Procedure p;
        p.code = QStringLiteral("2.000001");
        p.name = QStringLiteral("Thủ tục mới");
        const Status s = model->addProcedure(p);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(added.size(), 1);
        QCOMPARE(reopen(path).procedures.size(), 2);
        QCOMPARE(reopen(path).procedures[1].code, QStringLiteral("2.000001"));
        QVERIFY(model->removeProcedure(QStringLiteral("P1")));
        QCOMPARE(removed.size(), 1);
        const Workspace stored = reopen(path);
        QCOMPARE(stored.procedures.size(), 1);
        QCOMPARE(stored.procedures[0].code, QStringLiteral("2.000001"));
    }

    void mergeReplacesByCode()
    {
        auto model = fresh();
        QSignalSpy reset(model.get(), &WorkspaceModel::reset);
        Workspace incoming = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
        incoming.procedures.append(model->workspace().procedures[0]);
        incoming.procedures.last().name = QStringLiteral("Tên đã sửa");
        QVERIFY(model->merge(incoming));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model->workspace().procedures.size(), 2);
        QCOMPARE(model->workspace().procedures[0].name, QStringLiteral("Tên đã sửa"));
        QCOMPARE(model->workspace().procedures[1].code, QStringLiteral("1.002804"));
        QCOMPARE(model->workspace().systems.size(), 1 + 18);
    }

    // Issue 11, item 2: two programs with one file open. Both read it, then both write.
    static Workspace numbered(const QString &prefix, int count)
    {
        const Workspace sample = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
        Workspace ws;
        ws.systems = sample.systems;
        for (int i = 0; i < count; ++i) {
            Procedure p = sample.procedures[0];
            p.code = QStringLiteral("%1.%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0'));
            ws.procedures.append(p);
        }
        return ws;
    }

    void concurrentMergesKeepBoth()
    {
        QString path;
        auto first = fresh(&path);
        WorkspaceModel second;
        QVERIFY(second.open(path)); // both have read the file with P1 only
        QVERIFY(first->merge(numbered(QStringLiteral("A"), 50)));
        QVERIFY(second.merge(numbered(QStringLiteral("B"), 50))); // disjoint: merges cleanly
        const Workspace stored = reopen(path);
        QCOMPARE(stored.procedures.size(), 101);
        QCOMPARE(stored.procedures.first().code, QStringLiteral("P1"));
        QCOMPARE(stored.procedures[1].code, QStringLiteral("A.000"));
        QCOMPARE(stored.procedures.last().code, QStringLiteral("B.049")); // appended after A's
        QCOMPARE(stored.systems.size(), 1 + 18);
        QCOMPARE(second.workspace().procedures.size(), 101); // it read A's rows with its own
        // The first one sees the second's rows on its next refresh, as additions.
        QSignalSpy added(first.get(), &WorkspaceModel::procedureAdded);
        QSignalSpy reset(first.get(), &WorkspaceModel::reset);
        auto refreshed = first->refresh();
        QVERIFY2(refreshed, qPrintable(refreshed.error()));
        QCOMPARE(refreshed.value(), 50);
        QCOMPARE(added.size(), 50);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(first->workspace(), stored);
        QCOMPARE(first->refresh().value(), 0); // nothing new since
    }

    void conflictingEditIsRefusedAndNamed()
    {
        QString path;
        auto first = fresh(&path);
        WorkspaceModel second;
        QVERIFY(second.open(path));
        QVERIFY(first->setProcedureField(QStringLiteral("P1"), ProcedureField::AnnualVolume, 111));
        const Status s = second.setProcedureField(QStringLiteral("P1"), ProcedureField::AnnualVolume, 222);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("“P1”")) && s.error().contains(QStringLiteral("another user")),
                 qPrintable(s.error()));
        QCOMPARE(reopen(path).procedures[0].annualVolume, 111.0); // the first one's work is kept
        QCOMPARE(second.procedure(QStringLiteral("P1"))->annualVolume, 0.0); // refused: unchanged here
        // After reading the file again, the second one's edit goes through.
        QSignalSpy changed(&second, &WorkspaceModel::procedureChanged);
        QCOMPARE(second.refresh().value(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(second.procedure(QStringLiteral("P1"))->annualVolume, 111.0);
        QVERIFY(second.setProcedureField(QStringLiteral("P1"), ProcedureField::AnnualVolume, 222));
        QCOMPARE(reopen(path).procedures[0].annualVolume, 222.0);
        // A process edit of the same procedure conflicts too (it is part of the procedure).
        Step st = first->process(asIs)->steps[0];
        st.hours = 9;
        QVERIFY(!first->updateStep(asIs, st));
        // Deleted meanwhile: refused, and the file keeps the deletion.
        QCOMPARE(first->refresh().value(), 1);
        QVERIFY(second.removeProcedure(QStringLiteral("P1")));
        const Status edit = first->setProcedureField(QStringLiteral("P1"), ProcedureField::Name, QStringLiteral("X"));
        QVERIFY2(!edit && edit.error().contains(QStringLiteral("deleted")), qPrintable(edit.error()));
        QVERIFY(reopen(path).procedures.isEmpty());
        // Settings and the registry have revisions of their own.
        QCOMPARE(first->refresh().value(), 1);
        QVERIFY(second.setSystems({}));
        QList<System> more = first->workspace().systems;
        more.append({QStringLiteral("x"), QStringLiteral("X"), SystemKind::NationalDb, {}, Readiness::Connected, {}, {}});
        const Status registry = first->setSystems(more);
        QVERIFY2(!registry && registry.error().contains(QStringLiteral("systems registry")), qPrintable(registry.error()));
        QCOMPARE(reopen(path).systems.size(), 0);
    }

    void worksWithoutDatabase()
    {
        WorkspaceModel model;
        QVERIFY(!model.hasDatabase());
        QVERIFY(model.replaceAll(fixtures::small()));
        QVERIFY(model.setProcedureField(QStringLiteral("P1"), ProcedureField::Frequent, true));
        QVERIFY(model.procedure(QStringLiteral("P1"))->priority.frequent);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceModel)
#include "tst_workspacemodel.moc"
