// Editor benchmark (issue: flow-chart editor): moving 50 selected steps on a 500-step chart,
// measured per mouse-move event (event handling plus the repaint it causes); target ≤ 16 ms.
// Also prints the cost of the one undo command the drag becomes, and of a full scene sync.
// Not a test: it prints figures and asserts nothing.
#include "diagrameditor.h"
#include "diagramgeometry.h"
#include "layout.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QTextStream>
#include <QUndoStack>
#include <algorithm>

using namespace tthc;

namespace {
double ms(const QElapsedTimer &t) { return t.nsecsElapsed() / 1e6; }

void move(QWidget *viewport, const QPoint &at)
{
    QMouseEvent e(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &e);
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int steps = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;
    const int selected = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 50;

    Process process = syntheticProcess(steps, 8, 7);
    LayoutOptions options;
    options.laneHeader = DiagramMetrics::laneHeader;
    auto geometry = GraphvizLayout::run(process, options);
    if (!geometry) {
        out << geometry.error() << '\n';
        return 1;
    }
    process.layout = geometry.value().toJson();
    Workspace ws;
    Procedure p;
    p.code = QStringLiteral("9.000500");
    p.name = QStringLiteral("Biểu đồ 500 bước");
    p.asIs = process;
    ws.procedures.append(p);
    WorkspaceModel model;
    (void)model.replaceAll(ws);
    QUndoStack undo;
    DiagramEditor editor(&model, &undo);
    editor.resize(1600, 1000);
    editor.show();
    const ProcessRef ref = ProcessRef::procedure(p.code, Which::AsIs);
    QElapsedTimer t;
    t.start();
    editor.setProcess(ref);
    const double firstSync = ms(t);
    QApplication::processEvents();

    ProcessScene *scene = editor.scene();
    ProcessView *view = editor.view();
    view->setZoom(0.5);
    // Select `selected` steps around the one we grab, in the visible area.
    const Step &grab = process.steps[steps / 2];
    view->centerOn(scene->stepItem(grab.id));
    QApplication::processEvents();
    QList<std::pair<qreal, QString>> byDistance;
    const QPointF centre = scene->stepItem(grab.id)->pos();
    for (const Step &s : process.steps)
        byDistance.append({QLineF(centre, scene->stepItem(s.id)->pos()).length(), s.id});
    std::sort(byDistance.begin(), byDistance.end());
    for (int i = 0; i < selected && i < byDistance.size(); ++i)
        scene->stepItem(byDistance[i].second)->setSelected(true);

    const QPoint start = view->mapFromScene(scene->stepItem(grab.id)->sceneBox().center());
    QMouseEvent press(QEvent::MouseButtonPress, start, view->viewport()->mapToGlobal(start), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &press);
    QList<double> perEvent;
    for (int i = 1; i <= 120; ++i) {
        const QPoint at = start + QPoint(i * 3, (i % 20) * 2);
        t.restart();
        move(view->viewport(), at);
        view->viewport()->repaint(); // the repaint the move causes, synchronously
        perEvent << ms(t);
    }
    const QPoint end = start + QPoint(360, 0);
    t.restart();
    QMouseEvent release(QEvent::MouseButtonRelease, end, view->viewport()->mapToGlobal(end), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &release);
    const double commandMs = ms(t);
    t.restart();
    undo.undo();
    const double undoMs = ms(t);

    std::sort(perEvent.begin(), perEvent.end());
    double sum = 0;
    for (double v : perEvent)
        sum += v;
    auto f = [](double v) { return QString::number(v, 'f', 2); };
    out << "chart: " << steps << " steps, " << process.flows.size() << " flows, 8 lanes; " << selected
        << " steps selected and dragged; " << perEvent.size() << " mouse-move events\n\n";
    out << "figure                                   ms          target\n";
    out << "mouse move + repaint, median        " << f(perEvent[perEvent.size() / 2]).rightJustified(9) << "       <= 16"
        << (perEvent[perEvent.size() / 2] <= 16 ? "  ok" : "  MISSED") << '\n';
    out << "mouse move + repaint, p95           " << f(perEvent[perEvent.size() * 95 / 100]).rightJustified(9) << '\n';
    out << "mouse move + repaint, mean          " << f(sum / perEvent.size()).rightJustified(9) << '\n';
    out << "release: one move command (+ sync)  " << f(commandMs).rightJustified(9) << "   (undo count "
        << undo.count() << ")\n";
    out << "undo of the move                    " << f(undoMs).rightJustified(9) << '\n';
    out << "first scene build (setProcess)      " << f(firstSync).rightJustified(9) << '\n';
    return 0;
}
