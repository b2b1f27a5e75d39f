// Child of the crash-safety test: saves whole-workspace generations in a loop, printing each
// generation number after its commit, until the parent kills it with SIGKILL. With
// `--create DIR` it creates new workspaces DIR/w-0.tthc, DIR/w-1.tthc, … in a loop instead.
#include "workspacedb.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    if (argc == 3 && std::strcmp(argv[1], "--create") == 0) {
        for (int i = 0;; ++i) {
            const QString path = QStringLiteral("%1/w-%2.tthc").arg(QString::fromLocal8Bit(argv[2])).arg(i);
            if (!tthc::WorkspaceDb::create(path))
                return 1;
            std::printf("%d\n", i);
            std::fflush(stdout);
        }
    }
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
