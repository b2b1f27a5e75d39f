// Auto-layout benchmark: charts of 25, 100, 200 and 500 steps over 6–10 lanes (flows hopping
// between lanes, decisions, loops back, message flows). For each: our total time through the
// kept-alive worker (what the editor waits for), the same in process, the time spent inside
// gvLayout alone during our layout (reported by the worker for the same request), our ratio
// to it, and for reference a plain `dot` layout of the same graph with dot's own splines.
// Medians of several runs. Targets: 200 steps ≤ 150 ms; ours ≤ 1.3 × Graphviz alone (both
// readings are printed: the gvLayout time inside our layout, and a plain dot layout). Exit
// status 2 if the absolute target is missed.
//   bench_layout [--tb] [runs]
#include "layout.h"
#include "layoutclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tthc;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    LayoutOptions options;
    int runs = 11;
    for (const QString &a : app.arguments().mid(1)) {
        if (a == QLatin1String("--tb"))
            options.leftToRight = false;
        else if (a.toInt() > 0)
            runs = a.toInt();
    }
    LayoutClient client;
    client.setWorkerPath(qEnvironmentVariable("TTHC_LAYOUT_WORKER", QStringLiteral(TTHC_LAYOUT_WORKER)));

    std::printf("auto-layout, %s, median of %d runs; times in ms\n",
                options.leftToRight ? "left to right" : "top to bottom", runs);
    std::printf("%5s %5s %5s | %7s %7s | %8s %6s | %9s %6s | %s\n", "steps", "lanes", "flows", "ours", "in-proc",
                "gvLayout", "ratio", "plain dot", "ratio", "targets (200 steps ≤ 150 ms; ours ≤ 1.3×)");
    const int sizes[][2] = {{25, 6}, {100, 8}, {200, 10}, {500, 7}};
    bool allMet = true;
    for (const auto &sz : sizes) {
        const Process p = syntheticProcess(sz[0], sz[1], 20240 + quint32(sz[0]));
        const auto warm = client.layout(p, options); // the worker starts here, once
        if (!warm.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(warm.error()));
            return 1;
        }
        std::vector<double> ours, inProcess, gv, plain, ratios;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            const auto r = client.layout(p, options);
            const double total = t.nsecsElapsed() / 1e6;
            if (!r.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error()));
                return 1;
            }
            const double inside = client.lastStats().gvLayoutNs / 1e6;
            ours.push_back(total);
            gv.push_back(inside);
            ratios.push_back(total / inside);
            LayoutStats s;
            (void)GraphvizLayout::run(p, options, &s);
            inProcess.push_back(s.totalNs / 1e6);
            plain.push_back(GraphvizLayout::plainDotNs(p, options) / 1e6);
        }
        const double ratioGv = median(ratios), ratioPlain = median(ours) / median(plain);
        QStringList verdicts;
        if (sz[0] == 200)
            verdicts << QStringLiteral("≤150 ms %1").arg(median(ours) <= 150 ? QStringLiteral("met") : QStringLiteral("MISSED"));
        verdicts << QStringLiteral("÷gvLayout %1").arg(ratioGv <= 1.3 ? QStringLiteral("met") : QStringLiteral("missed"));
        verdicts << QStringLiteral("÷plain dot %1").arg(ratioPlain <= 1.3 ? QStringLiteral("met") : QStringLiteral("missed"));
        allMet = allMet && (sz[0] != 200 || median(ours) <= 150);
        std::printf("%5d %5d %5lld | %7.2f %7.2f | %8.2f %6.2f | %9.2f %6.2f | %s\n", sz[0], sz[1],
                    static_cast<long long>(p.flows.size()), median(ours), median(inProcess), median(gv), ratioGv,
                    median(plain), ratioPlain, qPrintable(verdicts.join(QStringLiteral(", "))));
    }
    std::printf("ours: client round trip (request → geometry) through the kept-alive worker\n"
                "in-proc: GraphvizLayout::run alone (what the worker spends)\n"
                "gvLayout: time inside gvLayout() during that same layout, reported by the worker\n"
                "plain dot: one gvLayout(\"dot\") of the same graph with dot's own spline routing\n");
    return allMet ? 0 : 2;
}
