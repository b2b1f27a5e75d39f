#include "chartrenderer.h"

#include "diagramexport.h"
#include "diagramgeometry.h"
#include "layoutclient.h"
#include "processscene.h"
#include "workspacemodel.h"

#include <QUndoStack>

namespace tthc {

ChartRenderer::ChartRenderer(const Workspace &ws) : m_model(std::make_unique<WorkspaceModel>())
{
    (void)m_model->replaceAll(ws);
}

ChartRenderer::~ChartRenderer() = default;

Result<report::Figure> ChartRenderer::figure(const ProcessRef &ref, const QSizeF &area)
{
    using R = Result<report::Figure>;
    const Process *process = m_model->process(ref);
    if (!process || process->steps.isEmpty())
        return R::failure(tr("%1: the %2 chart has no steps.")
                              .arg(ref.id, ref.which == Which::AsIs ? tr("as-is") : tr("e-process")));
    if (process->layout.isEmpty()) {
        if (!m_layout)
            m_layout = std::make_unique<LayoutClient>();
        LayoutOptions options;
        options.laneHeader = DiagramMetrics::laneHeader;
        auto geometry = m_layout->layout(*process, options);
        if (!geometry)
            return R::failure(QStringLiteral("%1: %2").arg(ref.id, geometry.error()));
        Process laidOut = *process;
        laidOut.layout = geometry.value().toJson();
        if (Status s = m_model->setProcess(ref, laidOut); !s)
            return R::failure(s.error());
    }
    QUndoStack undo;
    ProcessScene scene(m_model.get(), &undo);
    scene.setProcess(ref);
    report::Figure f;
    f.naturalSize = DiagramExport::picture(scene, f.picture);
    f.minTextPt = 7.5; // flow labels and decision texts (StepItem, FlowItem)
    if (!area.isEmpty()) {
        const report::FigurePlacement placement = report::placeFigure(f, area, report::PageSetup{}.minFigureTextPt);
        if (placement.parts.size() > 1)
            for (const QRectF &part : placement.parts) {
                QPicture picture;
                DiagramExport::picture(scene, picture, part);
                f.partPictures << picture;
            }
    }
    QStringList steps;
    for (const Step &s : process->steps)
        if (s.kind == StepKind::Task || s.kind == StepKind::Procedure)
            steps << s.name;
    QStringList lanes;
    for (const Lane &l : process->lanes)
        lanes << l.name;
    f.altText = tr("Flow chart with %1 actors (%2) and these steps: %3.")
                    .arg(lanes.size())
                    .arg(lanes.join(QStringLiteral(", ")), steps.join(QStringLiteral("; ")));
    return f;
}

} // namespace tthc
