// Child of the crash-safety test: saves whole-workspace generations in a loop, printing each
// generation number after its commit, until the parent kills it with SIGKILL.
#include "workspacedb.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    auto db = tthc::WorkspaceDb::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    auto loaded = db.value()->load();
    if (!loaded)
        return 1;
    tthc::Workspace ws = loaded.take();
    for (int generation = 1;; ++generation) {
        for (tthc::Procedure &p : ws.procedures)
            p.annualVolume = generation; // every procedure carries the generation
        if (!db.value()->replaceAll(ws))
            return 1;
        std::printf("%d\n", generation);
        std::fflush(stdout);
    }
}
