#include "barchart.h"

#include "pagelayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

namespace tthc::report {

namespace {
constexpr double titlePt = 11;
constexpr double labelPt = 9;

// A "nice" top of the value axis: 1, 2, 2.5 or 5 × 10^n at or above the largest value.
double niceTop(double v)
{
    if (v <= 0)
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * p >= v * 1.0001)
            return m * p;
    return 10 * p;
}
} // namespace

Figure barChart(const BarChartSpec &spec)
{
    Figure fig;
    fig.naturalSize = spec.size;
    fig.minTextPt = labelPt;
    fig.altText = spec.altText;
    fig.caption = spec.caption;
    const QRectF all(QPointF(0, 0), spec.size);
    QPainter p(&fig.picture);
    p.setRenderHint(QPainter::Antialiasing);
    const QFont titleFont = reportFont(titlePt, true);
    const QFont labelFont = reportFont(labelPt);
    const QFontMetricsF lm(labelFont, measureDevice());
    const QFontMetricsF tm(titleFont, measureDevice());

    // Title, then the legend on one line.
    double y = 0;
    p.setPen(Qt::black);
    p.setFont(titleFont);
    p.drawText(QRectF(0, y, all.width(), tm.height()), Qt::AlignCenter, spec.title);
    y += tm.height() + 4;
    double legendW = 0;
    for (const BarSeries &s : spec.series)
        legendW += 14 + lm.horizontalAdvance(s.name) + 16;
    double x = (all.width() - legendW) / 2;
    p.setFont(labelFont);
    for (const BarSeries &s : spec.series) {
        p.fillRect(QRectF(x, y + (lm.height() - 9) / 2, 9, 9), s.color);
        p.drawText(QPointF(x + 14, y + lm.ascent()), s.name);
        x += 14 + lm.horizontalAdvance(s.name) + 16;
    }
    y += lm.height() + 6;

    // Plot area: value axis on the left, category labels (up to three lines) below.
    double maxValue = 0;
    for (const BarSeries &s : spec.series)
        for (double v : s.values)
            maxValue = std::max(maxValue, v);
    const double top = niceTop(maxValue);
    const auto label = spec.valueLabel ? spec.valueLabel : [](double v) { return QString::number(v); };
    double axisW = 0;
    for (int i = 0; i <= 4; ++i)
        axisW = std::max(axisW, lm.horizontalAdvance(label(top * i / 4)));
    const double categoryH = lm.height() * 3 + 4;
    const QRectF plot(axisW + 8, y + lm.height(), all.width() - axisW - 12, all.height() - y - lm.height() - categoryH);
    p.setPen(QPen(QColor(0xBB, 0xBB, 0xBB), 0.4));
    for (int i = 0; i <= 4; ++i) {
        const double gy = plot.bottom() - plot.height() * i / 4;
        p.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, gy - lm.height() / 2, axisW + 2, lm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   label(top * i / 4));
        p.setPen(QPen(QColor(0xBB, 0xBB, 0xBB), 0.4));
    }
    p.setPen(QPen(Qt::black, 0.8));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    const int n = int(spec.categories.size());
    const int k = int(spec.series.size());
    if (n == 0 || k == 0)
        return fig;
    const double slot = plot.width() / n;
    const double barW = std::min(40.0, slot * 0.8 / k);
    for (int c = 0; c < n; ++c) {
        const double groupLeft = plot.left() + slot * c + (slot - barW * k) / 2;
        for (int s = 0; s < k; ++s) {
            const double v = spec.series[s].values.value(c);
            const double h = top > 0 ? plot.height() * std::max(0.0, v) / top : 0;
            const QRectF bar(groupLeft + s * barW, plot.bottom() - h, barW * 0.92, h);
            p.fillRect(bar, spec.series[s].color);
            p.setPen(Qt::black);
            const QString text = label(v);
            const double tw = lm.horizontalAdvance(text);
            p.drawText(QPointF(bar.center().x() - tw / 2, bar.top() - 2), text);
        }
        p.drawText(QRectF(plot.left() + slot * c + 2, plot.bottom() + 3, slot - 4, categoryH - 3),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, spec.categories[c]);
    }
    return fig;
}

} // namespace tthc::report
