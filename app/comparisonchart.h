#pragma once
// The bar chart the evaluation screens share: as-is against e-process for each category, in
// the same colours everywhere, with a legend and round value ticks; and swapping a chart into
// a view (a QChartView does not delete the chart it showed before).
#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QChart;
class QChartView;

namespace tthc {

class ComparisonChart {
    Q_DECLARE_TR_FUNCTIONS(tthc::ComparisonChart)
public:
    static QChart *make(const QString &title, const QStringList &categories, const QList<double> &asIs,
                        const QList<double> &toBe, Qt::Orientation bars = Qt::Vertical);
    static void show(QChartView *view, QChart *chart);
};

} // namespace tthc
