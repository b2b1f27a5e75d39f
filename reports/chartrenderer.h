#pragma once
// Draws the charts of a workspace as dossier figures: each chart is shown in a diagram scene
// (laid out by the tthc-layout worker first when it has no stored geometry) and recorded as
// a vector picture. Scenes are widgets-side objects, so a ChartRenderer lives in the GUI
// thread; the pictures it returns can then be painted in any thread.
#include "reportdocument.h"
#include "result.h"
#include "types.h"

#include <QCoreApplication>
#include <memory>

namespace tthc {

class LayoutClient;
class WorkspaceModel;

class ChartRenderer {
    Q_DECLARE_TR_FUNCTIONS(tthc::ChartRenderer)
public:
    explicit ChartRenderer(const Workspace &ws);
    ~ChartRenderer();
    ChartRenderer(const ChartRenderer &) = delete;
    ChartRenderer &operator=(const ChartRenderer &) = delete;

    // The chart as a figure; when it would be cut into parts in `area` (report::figureArea),
    // each part is also recorded on its own (Figure::partPictures).
    Result<report::Figure> figure(const ProcessRef &ref, const QSizeF &area = {});

private:
    std::unique_ptr<WorkspaceModel> m_model; // a copy in memory: laying out never changes the file
    std::unique_ptr<LayoutClient> m_layout;
};

} // namespace tthc
