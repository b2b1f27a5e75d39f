#pragma once
// The dossier's bar charts (as-is against to-be), drawn as vector figures in points so the
// PDF keeps them sharp and the DOCX rasterises them at print resolution. Drawn with QPainter
// rather than Qt Charts: the dossier is built in worker threads and on the command line,
// where chart widgets cannot live.
#include "reportdocument.h"

#include <QColor>
#include <functional>

namespace tthc::report {

struct BarSeries {
    QString name;
    QList<double> values; // one per category
    QColor color;
};

struct BarChartSpec {
    QString title;
    QStringList categories;
    QList<BarSeries> series;
    std::function<QString(double)> valueLabel; // the text over each bar
    QSizeF size{500, 250};                      // points
    QString altText;
    QString caption;
};

Figure barChart(const BarChartSpec &spec);

} // namespace tthc::report
