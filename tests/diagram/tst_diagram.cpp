// The chart editor without the main window: model ↔ scene synchronisation, do → undo → redo of
// every command type, mouse gestures (one gesture, one undo step), badges and exports.
#include "comparisonview.h"
#include "diagramcommands.h"
#include "diagrameditor.h"
#include "diagramexport.h"
#include "diagramgeometry.h"
#include "fixtures.h"
#include "layoutclient.h"
#include "flowitem.h"
#include "laneitem.h"
#include "validator.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace tthc;

namespace {
// The driver-licence sample with its as-is geometry completed and stored, so that undo must
// give back exactly what was there.
Workspace laidOutSample()
{
    Workspace ws = fixtures::loadSample(QStringLiteral("doi-gplx.json"));
    for (Process *p : {&ws.procedures[0].asIs, &ws.procedures[0].toBe})
        p->layout = DiagramGeometry::complete(*p, {}).toJson();
    return ws;
}

const ProcessRef asIs = ProcessRef::procedure(QStringLiteral("1.002804"), Which::AsIs);
const ProcessRef toBe = ProcessRef::procedure(QStringLiteral("1.002804"), Which::ToBe);

QPoint viewPoint(ProcessView *view, const QPointF &scenePos) { return view->mapFromScene(scenePos); }
} // namespace

class TestDiagram : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<WorkspaceModel> m_model;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<DiagramEditor> m_editor;
    QStringList m_errors;
    QTemporaryDir m_dir;

    ProcessScene *scene() { return m_editor->scene(); }
    const Process &process(const ProcessRef &ref = asIs) { return *m_model->process(ref); }

private slots:
    void initTestCase()
    {
        ProcessCommand::setErrorSink([this](const QString &e) { m_errors << e; });
    }

    void init()
    {
        m_errors.clear();
        m_model = std::make_unique<WorkspaceModel>();
        QVERIFY(m_model->create(m_dir.filePath(QStringLiteral("d%1.tthc").arg(QDateTime::currentMSecsSinceEpoch())), laidOutSample()));
        m_undo = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<DiagramEditor>(m_model.get(), m_undo.get());
        m_editor->resize(1200, 800);
        m_editor->setProcess(asIs);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    void cleanup()
    {
        m_editor.reset();
        m_undo.reset();
        m_model.reset();
    }

    void sceneShowsTheModel()
    {
        QCOMPARE(scene()->stepCount(), 12);
        int lanes = 0, flows = 0;
        for (QGraphicsItem *i : scene()->items()) {
            lanes += i->type() == LaneItem::Type;
            flows += i->type() == FlowItem::Type;
        }
        QCOMPARE(lanes, 5);
        QCOMPARE(flows, int(process().flows.size()));
        // Every step's centre lies in its lane's band.
        for (const Step &s : process().steps) {
            StepItem *item = scene()->stepItem(s.id);
            QVERIFY(item);
            QCOMPARE(item->name(), s.name);
            QVERIFY(scene()->laneItem(s.lane)->band().contains(item->pos()));
        }
    }

    void sceneFollowsModelEdits()
    {
        Step s = *process().step(QStringLiteral("s1"));
        s.name = QStringLiteral("Khám sức khỏe tại cơ sở y tế");
        s.kind = StepKind::Decision;
        QVERIFY(m_model->updateStep(asIs, s));
        QCOMPARE(scene()->stepItem(QStringLiteral("s1"))->name(), s.name);
        QCOMPARE(scene()->stepItem(QStringLiteral("s1"))->kind(), StepKind::Decision);
        QVERIFY(m_model->removeStep(asIs, QStringLiteral("s2")));
        QVERIFY(!scene()->stepItem(QStringLiteral("s2")));
        QCOMPARE(scene()->stepCount(), 11);
        for (QGraphicsItem *i : scene()->items())
            if (i->type() == FlowItem::Type) {
                auto *f = static_cast<FlowItem *>(i);
                QVERIFY(f->from() != QLatin1String("s2") && f->to() != QLatin1String("s2"));
            }
        QVERIFY(m_model->addStep(asIs, fixtures::step(QStringLiteral("s99"), StepKind::Task, QStringLiteral("L-nd"))));
        QVERIFY(scene()->stepItem(QStringLiteral("s99")));
        // A step without a stored position is placed inside its lane.
        QVERIFY(scene()->laneItem(QStringLiteral("L-nd"))->band().contains(scene()->stepItem(QStringLiteral("s99"))->pos()));
        m_editor->setProcess(toBe);
        QCOMPARE(scene()->stepCount(), int(process(toBe).steps.size()));
    }

    void everyCommandDoesUndoesRedoes_data()
    {
        QTest::addColumn<int>("which");
        const char *names[] = {"add step", "delete steps", "move steps", "edit step", "add flow", "edit flow",
                               "flow path", "add lane", "remove lane", "edit lane", "move lane", "resize lane",
                               "set geometry", "paste"};
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::newRow(names[i]) << i;
    }

    void everyCommandDoesUndoesRedoes()
    {
        QFETCH(int, which);
        WorkspaceModel *m = m_model.get();
        const Process before = process();
        const Geometry g = Geometry::fromJson(before.layout);
        QUndoCommand *command = nullptr;
        std::function<void()> check; // what must hold after redo
        switch (which) {
        case 0: {
            Step s = fixtures::step(QStringLiteral("s50"), StepKind::Task, QStringLiteral("L-mc"), QStringLiteral("Bước mới"));
            command = new AddStepCommand(m, asIs, s, g.lane(QStringLiteral("L-mc"))->rect.center());
            check = [&] { QVERIFY(process().step(QStringLiteral("s50"))); };
            break;
        }
        case 1:
            command = new DeleteItemsCommand(m, asIs, {QStringLiteral("s2"), QStringLiteral("s3")}, {});
            check = [&] {
                QVERIFY(!process().step(QStringLiteral("s2")));
                for (const Flow &f : process().flows)
                    QVERIFY(f.from != QLatin1String("s3") && f.to != QLatin1String("s3"));
            };
            break;
        case 2: {
            const QString target = process().steps[3].lane == QLatin1String("L-nd") ? QStringLiteral("L-mc") : QStringLiteral("L-nd");
            const QPointF to = g.lane(target)->rect.center() + QPointF(300, 0);
            command = new MoveStepsCommand(m, asIs, {{process().steps[3].id, g.steps.value(process().steps[3].id), to,
                                                      process().steps[3].lane, target}});
            check = [&, target, to] {
                QCOMPARE(process().steps[3].lane, target);
                QCOMPARE(Geometry::fromJson(process().layout).steps.value(process().steps[3].id), to);
            };
            break;
        }
        case 3: {
            Step s = *before.step(QStringLiteral("s4"));
            Step after = s;
            after.hours = 12.5;
            after.documents = {QStringLiteral("d-don")};
            command = new EditStepCommand(m, asIs, s, after);
            check = [&] { QCOMPARE(process().step(QStringLiteral("s4"))->hours, 12.5); };
            break;
        }
        case 4: {
            Flow f = fixtures::flow(QStringLiteral("f99"), QStringLiteral("s1"), QStringLiteral("s4"), QStringLiteral("Bổ sung"));
            command = new AddFlowCommand(m, asIs, f);
            check = [&] { QVERIFY(process().flowIndex(QStringLiteral("f99")) >= 0); };
            break;
        }
        case 5: {
            Flow after = before.flows[0];
            after.kind = FlowKind::Message;
            after.label = QStringLiteral("Liên thông");
            command = new EditFlowCommand(m, asIs, before.flows[0], after);
            check = [&] { QCOMPARE(process().flows[0].kind, FlowKind::Message); };
            break;
        }
        case 6: {
            const QList<QPointF> path{{200, 100}, {250, 100}, {300, 150}, {350, 150}};
            command = new SetFlowPathCommand(m, asIs, before.flows[1].id, g.flows.value(before.flows[1].id), path);
            check = [&, path] { QCOMPARE(Geometry::fromJson(process().layout).flows.value(process().flows[1].id), path); };
            break;
        }
        case 7:
            command = new AddLaneCommand(m, asIs, {QStringLiteral("L-new"), QStringLiteral("Kho bạc"), LaneKind::Agency, {}}, 1);
            check = [&] {
                QCOMPARE(process().lanes[1].id, QStringLiteral("L-new"));
                // Steps of the lanes below moved down with their bands.
                const Geometry after = Geometry::fromJson(process().layout);
                for (const Step &s : process().steps)
                    QVERIFY(after.lane(s.lane)->rect.contains(after.steps.value(s.id)));
            };
            break;
        case 8: {
            QVERIFY(m_model->addLane(asIs, {QStringLiteral("L-empty"), QStringLiteral("Trống"), LaneKind::Unit, {}}));
            const Process withLane = process();
            command = new RemoveLaneCommand(m, asIs, *withLane.lane(QStringLiteral("L-empty")), withLane.laneIndex(QStringLiteral("L-empty")));
            m_undo->push(command);
            QCOMPARE(process().laneIndex(QStringLiteral("L-empty")), -1);
            m_undo->undo();
            QCOMPARE(process().laneIndex(QStringLiteral("L-empty")), int(withLane.lanes.size()) - 1);
            m_undo->redo();
            QCOMPARE(process().laneIndex(QStringLiteral("L-empty")), -1);
            return;
        }
        case 9: {
            Lane after = before.lanes[2];
            after.name = QStringLiteral("Phòng Quản lý phương tiện");
            command = new EditLaneCommand(m, asIs, before.lanes[2], after);
            check = [&] { QCOMPARE(process().lanes[2].name, QStringLiteral("Phòng Quản lý phương tiện")); };
            break;
        }
        case 10:
            command = new MoveLaneCommand(m, asIs, before.lanes[0].id, 0, 3);
            check = [&] {
                QCOMPARE(process().lanes[3].id, before.lanes[0].id);
                const Geometry after = Geometry::fromJson(process().layout);
                for (const Step &s : process().steps)
                    QVERIFY(after.lane(s.lane)->rect.contains(after.steps.value(s.id)));
            };
            break;
        case 11:
            command = new ResizeLaneCommand(m, asIs, before.lanes[1].id, g.lanes[1].rect.height(), 300);
            check = [&] { QCOMPARE(Geometry::fromJson(process().layout).lanes[1].rect.height(), 300.0); };
            break;
        case 12: {
            Geometry moved = g;
            for (auto it = moved.steps.begin(); it != moved.steps.end(); ++it)
                it.value() += QPointF(100, 0);
            command = new SetGeometryCommand(m, asIs, g, moved, QStringLiteral("Tự động sắp xếp"));
            check = [&, moved] { QCOMPARE(Geometry::fromJson(process().layout).steps, moved.steps); };
            break;
        }
        case 13: {
            Step a = *before.step(QStringLiteral("s1")), b = *before.step(QStringLiteral("s2"));
            a.id = QStringLiteral("s70");
            b.id = QStringLiteral("s71");
            const QList<Flow> flows{fixtures::flow(QStringLiteral("f70"), QStringLiteral("s70"), QStringLiteral("s71"))};
            command = new PasteCommand(m, asIs, {a, b}, flows,
                                       {{QStringLiteral("s70"), g.steps.value(QStringLiteral("s1")) + QPointF(40, 40)},
                                        {QStringLiteral("s71"), g.steps.value(QStringLiteral("s2")) + QPointF(40, 40)}});
            check = [&] {
                QVERIFY(process().step(QStringLiteral("s70")) && process().step(QStringLiteral("s71")));
                QVERIFY(process().flowIndex(QStringLiteral("f70")) >= 0);
            };
            break;
        }
        }
        QVERIFY(!command->text().isEmpty());
        m_undo->push(command);
        QCOMPARE(m_errors, QStringList());
        check();
        const Process after = process();
        QCOMPARE(m_undo->count(), 1);
        m_undo->undo();
        QVERIFY(process() == before);
        QCOMPARE(scene()->stepCount(), int(before.steps.size()));
        m_undo->redo();
        QVERIFY(process() == after);
        // And it was saved: a fresh model on the same file agrees.
        WorkspaceModel reader;
        QVERIFY(reader.open(m_model->path()));
        QVERIFY(*reader.process(asIs) == after);
    }

    void refusedCommandLeavesNoUndoStep()
    {
        Flow f = fixtures::flow(QStringLiteral("f98"), QStringLiteral("s1"), QStringLiteral("nowhere"));
        m_undo->push(new AddFlowCommand(m_model.get(), asIs, f));
        QCOMPARE(m_undo->count(), 0);
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(process().flowIndex(QStringLiteral("f98")) < 0);
    }

    void drawLaneStepsAndFlowWithTheMouseThenUndoRedo()
    {
        // A fresh, empty to-be chart of a new procedure.
        Procedure p;
        p.code = QStringLiteral("9.000001");
        p.name = QStringLiteral("Thủ tục vẽ thử");
        QVERIFY(m_model->addProcedure(p));
        const ProcessRef ref = ProcessRef::procedure(p.code, Which::AsIs);
        m_editor->setProcess(ref);
        ProcessView *view = m_editor->view();
        m_editor->setFocus();

        m_editor->action(DiagramEditor::Command::AddLane)->trigger();
        QCOMPARE(process(ref).lanes.size(), 1);
        const QRectF band = scene()->laneItem(process(ref).lanes[0].id)->band();

        auto addTask = [&](const QPointF &at) {
            m_editor->action(DiagramEditor::Command::AddTask)->trigger();
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, viewPoint(view, at));
            QTest::keyClick(view->viewport(), Qt::Key_Escape); // leave the inline rename unchanged
        };
        addTask(QPointF(band.left() + 300, band.center().y()));
        // Issue 12, part 3: after one step the scene is back at Select, and so is the button
        // (it stayed pressed and no longer worked).
        QVERIFY(m_editor->action(DiagramEditor::Command::Select)->isChecked());
        QVERIFY(!m_editor->action(DiagramEditor::Command::AddTask)->isChecked());
        addTask(QPointF(band.left() + 600, band.center().y()));
        QCOMPARE(process(ref).steps.size(), 2);
        const QString a = process(ref).steps[0].id, b = process(ref).steps[1].id;

        m_editor->action(DiagramEditor::Command::Connect)->trigger();
        const QPoint from = viewPoint(view, scene()->stepItem(a)->sceneBox().center());
        const QPoint to = viewPoint(view, scene()->stepItem(b)->sceneBox().center());
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, view->viewport()->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(process(ref).flows.size(), 1);
        QCOMPARE(process(ref).flows[0].from, a);
        QCOMPARE(process(ref).flows[0].to, b);
        QCOMPARE(m_undo->count(), 4); // lane, step, step, flow

        // Undo all, redo all.
        QTest::keySequence(view->viewport(), QKeySequence::Undo); // not bound here: the stack is driven directly
        while (m_undo->canUndo())
            m_undo->undo();
        QVERIFY(process(ref).isEmpty());
        QCOMPARE(scene()->stepCount(), 0);
        while (m_undo->canRedo())
            m_undo->redo();
        QCOMPARE(process(ref).lanes.size(), 1);
        QCOMPARE(process(ref).steps.size(), 2);
        QCOMPARE(process(ref).flows.size(), 1);
        QCOMPARE(scene()->stepCount(), 2);
    }

    void draggingManyStepsIsOneUndoStep()
    {
        // Twenty steps in one lane, all selected, dragged together into the next lane.
        Process p = process();
        const QString lane = p.lanes[0].id, other = p.lanes[1].id;
        Geometry g = Geometry::fromJson(p.layout);
        for (int i = 0; i < 20; ++i) {
            Step s = fixtures::step(QStringLiteral("m%1").arg(i), StepKind::Task, lane);
            p.steps.append(s);
            g.steps.insert(s.id, QPointF(300 + i * 190, g.lane(lane)->rect.center().y()));
        }
        p.layout = DiagramGeometry::complete(p, g).toJson();
        QVERIFY(m_model->setProcess(asIs, p));
        for (int i = 0; i < 20; ++i)
            scene()->stepItem(QStringLiteral("m%1").arg(i))->setSelected(true);
        ProcessView *view = m_editor->view();
        StepItem *grab = scene()->stepItem(QStringLiteral("m0"));
        view->centerOn(grab);
        const QPointF start = grab->sceneBox().center();
        const qreal dy = scene()->laneItem(other)->band().center().y() - start.y();
        const QPoint from = viewPoint(view, start);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        for (int k = 1; k <= 5; ++k) {
            const QPoint at = viewPoint(view, start + QPointF(0, dy * k / 5));
            QMouseEvent move(QEvent::MouseMove, at, view->viewport()->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(view->viewport(), &move);
        }
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, viewPoint(view, start + QPointF(0, dy)));
        QCOMPARE(m_undo->count(), 1);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(process().step(QStringLiteral("m%1").arg(i))->lane, other);
        m_undo->undo();
        for (int i = 0; i < 20; ++i)
            QCOMPARE(process().step(QStringLiteral("m%1").arg(i))->lane, lane);
    }

    void bendAFlowThroughAWaypoint()
    {
        const Flow f = process().flows[2];
        FlowItem *item = scene()->flowItem(f.id);
        item->setSelected(true);
        ProcessView *view = m_editor->view();
        const QPointF onPath = DiagramGeometry::bezierPath(item->points()).pointAtPercent(0.5);
        view->centerOn(onPath);
        const QPointF target = onPath + QPointF(0, 60);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, viewPoint(view, onPath));
        const QPoint at = viewPoint(view, target);
        QMouseEvent move(QEvent::MouseMove, at, view->viewport()->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_undo->count(), 1);
        const QList<QPointF> path = Geometry::fromJson(process().layout).flows.value(f.id);
        QCOMPARE(path.size(), 7);
        QVERIFY(QLineF(path[3], view->mapToScene(at)).length() < 1.5); // through the waypoint
        QCOMPARE(scene()->flowItem(f.id)->points(), path);           // and drawn so
        // Back to automatic routing: one more undo step.
        scene()->flowItem(f.id)->setSelected(true);
        m_editor->action(DiagramEditor::Command::AutoRoute)->trigger();
        QCOMPARE(m_undo->count(), 2);
        QVERIFY(!Geometry::fromJson(process().layout).flows.contains(f.id));
    }

    void inlineRename()
    {
        scene()->selectStep(QStringLiteral("s1"));
        m_editor->view()->setFocus();
        m_editor->action(DiagramEditor::Command::Rename)->trigger();
        QGraphicsItem *focus = scene()->focusItem();
        QVERIFY(focus);
        auto *text = dynamic_cast<QGraphicsTextItem *>(focus);
        QVERIFY(text);
        text->setPlainText(QStringLiteral("Nộp giấy khám sức khỏe điện tử"));
        QTest::keyClick(m_editor->view()->viewport(), Qt::Key_Return);
        QCOMPARE(process().step(QStringLiteral("s1"))->name, QStringLiteral("Nộp giấy khám sức khỏe điện tử"));
        QCOMPARE(m_undo->count(), 1);
    }

    // Issue 12, part 3: a gesture that does nothing says why (the window shows it as an error,
    // not only in the status bar): deleting a lane with steps, a flow onto its own step, an
    // empty name.
    void refusalsSayWhy()
    {
        QSignalSpy refused(m_editor.get(), &DiagramEditor::refused);
        const QString lane = process().step(QStringLiteral("s1"))->lane;
        scene()->clearSelection();
        scene()->laneItem(lane)->setSelected(true);
        m_editor->action(DiagramEditor::Command::Delete)->trigger();
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused[0][0].toString().contains(process().lane(lane)->name), qPrintable(refused[0][0].toString()));
        QVERIFY(process().lane(lane));

        ProcessView *view = m_editor->view();
        m_editor->action(DiagramEditor::Command::Connect)->trigger();
        const QPoint at = viewPoint(view, scene()->stepItem(QStringLiteral("s1"))->sceneBox().center());
        const int flows = process().flows.size();
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(refused.size(), 2);
        QVERIFY(refused[1][0].toString().contains(QStringLiteral("itself")));
        QCOMPARE(process().flows.size(), flows);
        m_editor->action(DiagramEditor::Command::Select)->trigger();

        const QString name = process().step(QStringLiteral("s1"))->name;
        scene()->selectStep(QStringLiteral("s1"));
        view->setFocus();
        m_editor->action(DiagramEditor::Command::Rename)->trigger();
        auto *text = dynamic_cast<QGraphicsTextItem *>(scene()->focusItem());
        QVERIFY(text);
        text->setPlainText(QStringLiteral("   "));
        QTest::keyClick(view->viewport(), Qt::Key_Return);
        QCOMPARE(refused.size(), 3);
        QVERIFY(refused[2][0].toString().contains(name));
        QCOMPARE(process().step(QStringLiteral("s1"))->name, name);
        QCOMPARE(m_undo->count(), 0);
    }

    void copyPasteGivesNewIds()
    {
        scene()->selectStep(QStringLiteral("s1"));
        scene()->stepItem(QStringLiteral("s2"))->setSelected(true);
        m_editor->action(DiagramEditor::Command::Copy)->trigger();
        const int before = int(process().steps.size());
        m_editor->action(DiagramEditor::Command::Paste)->trigger();
        QCOMPARE(int(process().steps.size()), before + 2);
        QCOMPARE(m_undo->count(), 1);
        // Between diagrams too: into the to-be chart.
        m_editor->setProcess(toBe);
        const int toBeSteps = int(process(toBe).steps.size());
        m_editor->action(DiagramEditor::Command::Paste)->trigger();
        QCOMPARE(int(process(toBe).steps.size()), toBeSteps + 2);
        for (const Step &s : process(toBe).steps)
            QVERIFY(process(toBe).lane(s.lane)); // pasted steps landed in lanes of this chart
        QCOMPARE(Validator::validateProcedure(m_model->workspace(), 0).size() > 0, true); // unconnected copies are flagged
    }

    void badgesFollowFindings()
    {
        QVERIFY(m_model->removeFlow(asIs, process().flows[0].id)); // s0 → s1 gone
        scene()->setFindings(Validator::validate(m_model->workspace()));
        QVERIFY(scene()->stepItem(QStringLiteral("s1"))->errorCount() > 0);
        m_undo->clear();
        QVERIFY(m_model->addFlow(asIs, fixtures::flow(QStringLiteral("f1"), QStringLiteral("s0"), QStringLiteral("s1"))));
        scene()->setFindings(Validator::validate(m_model->workspace()));
        QCOMPARE(scene()->stepItem(QStringLiteral("s1"))->errorCount(), 0);
    }

    void findStep()
    {
        QVERIFY(m_editor->findStep(QStringLiteral("chup anh")));
        QCOMPARE(scene()->selectedStepIds(), QStringList{QStringLiteral("s2")});
        QVERIFY(!m_editor->findStep(QStringLiteral("không có bước này")));
    }

    void autoLayoutThroughTheWorker_data()
    {
        QTest::addColumn<bool>("leftToRight");
        QTest::newRow("lanes as rows") << true;
        QTest::newRow("lanes as columns") << false;
    }

    void autoLayoutThroughTheWorker()
    {
        QFETCH(bool, leftToRight);
        LayoutClient client;
        client.setWorkerPath(QStringLiteral(TTHC_LAYOUT_WORKER));
        LayoutOptions options;
        options.leftToRight = leftToRight;
        options.laneHeader = leftToRight ? DiagramMetrics::laneHeader : DiagramMetrics::laneHeaderAcross;
        const auto result = client.layout(process(), options);
        QVERIFY2(result, qPrintable(result.error()));
        const Geometry &g = result.value();
        // What the editor draws is what the layout made: completing it moves nothing.
        const Geometry shown = DiagramGeometry::complete(process(), g);
        QCOMPARE(shown.steps, g.steps);
        QCOMPARE(shown.lanes.size(), g.lanes.size());
        for (int i = 0; i < g.lanes.size(); ++i)
            QVERIFY2(shown.lanes[i].rect.contains(g.lanes[i].rect.adjusted(1, 1, -1, -1)) || shown.lanes[i].rect == g.lanes[i].rect,
                     qPrintable(QStringLiteral("lane %1").arg(g.lanes[i].id)));
        // One undo step; every centre inside its band; no two steps overlap; the header strip is free.
        const Geometry before = Geometry::fromJson(process().layout);
        m_undo->push(new SetGeometryCommand(m_model.get(), asIs, before, g, QStringLiteral("Tự động sắp xếp")));
        QCOMPARE(m_undo->count(), 1);
        QList<QRectF> boxes;
        for (const Step &s : process().steps) {
            StepItem *item = scene()->stepItem(s.id);
            const QRectF band = scene()->laneItem(s.lane)->band();
            QVERIFY2(band.contains(item->pos()), qPrintable(s.id));
            QVERIFY2(!scene()->laneItem(s.lane)->header().intersects(item->sceneBox()), qPrintable(s.id));
            for (const QRectF &other : std::as_const(boxes))
                QVERIFY2(!other.intersects(item->sceneBox()), qPrintable(s.id));
            boxes << item->sceneBox();
        }
        m_undo->undo();
        QCOMPARE(Geometry::fromJson(process().layout), before);
    }

    void comparisonMarks()
    {
        const Procedure &p = m_model->workspace().procedures[0];
        const ComparisonMarks marks = ComparisonMarks::compute(p.asIs, p.toBe, p.analysis);
        using M = StepItem::Mark;
        // t1a (the health examination, kept since the 2026-12-01 sample) comes from s1 alone,
        // whose action is "simplify".
        const QHash<QString, M> expected{{"t1a", M::Simplified}, {"t1", M::Merged}, {"t2", M::Automated}, {"t3", M::Merged},
                                         {"t4", M::Automated}, {"t4d", M::New},      {"t4r", M::Automated},
                                         {"t5", M::Simplified}, {"t6", M::Kept},     {"t7", M::Simplified}};
        QCOMPARE(marks.toBe, expected);
        QVERIFY(marks.asIs.isEmpty()); // the sample eliminates no step
        QList<StepAnalysis> analysis = p.analysis;
        analysis[1].action = Action::Eliminate; // s2
        QCOMPARE(ComparisonMarks::compute(p.asIs, p.toBe, analysis).asIs,
                 (QHash<QString, M>{{QStringLiteral("s2"), M::Eliminated}}));
    }

    void sideBySideHighlightsCounterparts()
    {
        ComparisonView view(m_model.get(), m_undo.get());
        view.resize(1400, 700);
        view.setOwner(asIs);
        ProcessScene *left = view.side(Which::AsIs)->scene(), *right = view.side(Which::ToBe)->scene();
        QCOMPARE(right->stepItem(QStringLiteral("t2"))->mark(), StepItem::Mark::Automated);
        right->selectStep(QStringLiteral("t1"));
        for (const QString &id : {QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s4")})
            QVERIFY(left->stepItem(id)->isHighlighted());
        QVERIFY(!left->stepItem(QStringLiteral("s3"))->isHighlighted());
        right->clearSelection();
        left->selectStep(QStringLiteral("s5"));
        QVERIFY(right->stepItem(QStringLiteral("t3"))->isHighlighted());
        QVERIFY(right->stepItem(QStringLiteral("t4"))->isHighlighted());
        QVERIFY(!right->stepItem(QStringLiteral("t1"))->isHighlighted());
        // Read-only: no tool to draw with.
        QVERIFY(!view.side(Which::AsIs)->action(DiagramEditor::Command::AddTask)->isEnabled());
    }

    void exports()
    {
        const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
        QVERIFY(DiagramExport::svg(*scene(), svg, QStringLiteral("Đổi GPLX")));
        QVERIFY(DiagramExport::png(*scene(), png, 150));
        QVERIFY(DiagramExport::pdf(*scene(), pdf, QStringLiteral("Đổi GPLX")));
        const QString text = QString::fromUtf8(fixtures::readAll(svg));
        for (const Step &s : process().steps)
            QVERIFY2(text.contains(s.name.toHtmlEscaped()), qPrintable(s.name));
        QVERIFY(QSvgRenderer(svg).isValid());
        const QImage image(png);
        QCOMPARE(image.size(), DiagramExport::pngSize(*scene(), 150));
        const QRectF area = DiagramExport::area(*scene());
        QCOMPARE(image.width(), qCeil(area.width() * 150 / 96.0));
        QVERIFY(fixtures::readAll(pdf).startsWith("%PDF"));
        QVERIFY(!DiagramExport::png(*scene(), png, 5)); // absurd resolution refused
        if (const QString dir = qEnvironmentVariable("TTHC_SCREENSHOT_DIR"); !dir.isEmpty())
            QFile::copy(png, dir + QStringLiteral("/chart-as-is.png"));
    }
};

QTEST_MAIN(TestDiagram)
#include "tst_diagram.moc"
