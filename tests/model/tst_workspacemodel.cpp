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
