#include "comparisonchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace tthc {

QChart *ComparisonChart::make(const QString &title, const QStringList &categories, const QList<double> &asIs,
                              const QList<double> &toBe, Qt::Orientation bars)
{
    auto *a = new QBarSet(tr("As-is"));
    auto *t = new QBarSet(tr("E-process"));
    a->setColor(QColor(0x90a4ae));
    t->setColor(QColor(0x1e88e5));
    double top = 1;
    for (int i = 0; i < categories.size(); ++i) {
        *a << asIs.value(i);
        *t << toBe.value(i);
        top = std::max({top, asIs.value(i), toBe.value(i)});
    }
    QAbstractBarSeries *series = bars == Qt::Vertical ? static_cast<QAbstractBarSeries *>(new QBarSeries)
                                                      : new QHorizontalBarSeries;
    series->append(a);
    series->append(t);
    auto *chart = new QChart;
    if (!title.isEmpty())
        chart->setTitle(title);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, bars == Qt::Vertical ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, top);
    valueAxis->applyNiceNumbers(); // whole, round ticks
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(valueAxis, bars == Qt::Vertical ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(valueAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    return chart;
}

void ComparisonChart::show(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace tthc
