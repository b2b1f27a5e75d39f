#pragma once
// A step on the chart, shown by id. It keeps only what it paints (kind, name, marks) and takes
// them from the scene's sync; moving it is a gesture the scene turns into one undo command.
#include "enums.h"

#include <QGraphicsItem>

namespace tthc {

class ProcessScene;

class StepItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };
    // How the side-by-side view marks a step.
    enum class Mark { None, Automated, Simplified, Merged, New, Kept, Eliminated };

    StepItem(const QString &id, ProcessScene *scene);
    int type() const override { return Type; }
    QString id() const { return m_id; }

    void setDisplay(StepKind kind, const QString &name, const QString &tooltip);
    StepKind kind() const { return m_kind; }
    QString name() const { return m_name; }
    int errorCount() const { return m_errors; }
    Mark mark() const { return m_mark; }
    bool isHighlighted() const { return m_highlighted; }
    void setMark(Mark mark);
    void setHighlighted(bool on);
    void setBadge(int errors, int warnings, const QString &text);
    QRectF box() const; // the step's outline rectangle in item coordinates
    QRectF sceneBox() const { return mapRectToScene(box()); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QString m_id;
    ProcessScene *m_scene;
    StepKind m_kind = StepKind::Task;
    QString m_name;
    Mark m_mark = Mark::None;
    bool m_highlighted = false;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace tthc
