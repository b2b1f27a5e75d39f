// Step outlines: each kind fills its rectangle with the customary shape.
#include "stepshape.h"

#include <QTest>

using namespace tthc;

class TestStepShape : public QObject {
    Q_OBJECT
private slots:
    void outlines()
    {
        const QRectF r(0, 0, 100, 60);
        for (StepKind k : {StepKind::Start, StepKind::Task, StepKind::Decision, StepKind::End, StepKind::Procedure}) {
            const QPainterPath p = StepShape::outline(k, r);
            QCOMPARE(p.boundingRect(), r);
            QVERIFY(p.contains(r.center()));
        }
        // A diamond leaves the corners empty; a task does not.
        QVERIFY(!StepShape::outline(StepKind::Decision, r).contains(QPointF(5, 5)));
        QVERIFY(StepShape::outline(StepKind::Task, r).contains(QPointF(8, 8)));
        QVERIFY(!StepShape::decoration(StepKind::Procedure, r).isEmpty());
        QVERIFY(StepShape::decoration(StepKind::Task, r).isEmpty());
        QVERIFY(StepShape::defaultSize(StepKind::Decision).width() > 0);
    }
};

QTEST_GUILESS_MAIN(TestStepShape)
#include "tst_stepshape.moc"
