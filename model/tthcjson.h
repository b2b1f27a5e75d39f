#pragma once
// Reader and writer of the interchange format tthc-json v1 (DESIGN.md, schema in
// shared/schema). The reader checks structure (types, required fields, enumerations) and
// reports every problem with its JSON path; import() adds the validator's integrity rules
// (dangling references, duplicate ids). Unknown fields are kept in `extra` and written
// back, so import → export → import is lossless.
#include "result.h"
#include "types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonParseError>
#include <QList>

namespace tthc {

struct JsonProblem {
    QString path;    // JSON path, or "line L, column C" for a syntax error
    QString message; // translated
};

class TthcJson {
    Q_DECLARE_TR_FUNCTIONS(tthc::TthcJson)
public:
    struct ReadResult {
        Workspace workspace;
        QList<JsonProblem> problems;
        bool ok() const { return problems.isEmpty(); }
        // All problems, one per line, each prefixed with the file name when given.
        QString describe(const QString &fileName = {}) const;
    };

    // Qt's JSON parser explains its errors in English; this is the same in the user's words.
    static QString parseErrorText(QJsonParseError::ParseError error);

    // Structure only: the result may still contain dangling references.
    static ReadResult read(const QByteArray &utf8);
    // Structure plus the integrity rules of the validator; what import uses.
    static ReadResult import(const QByteArray &utf8);
    static ReadResult importFile(const QString &path);

    static QJsonObject toJson(const Workspace &ws);
    static QByteArray write(const Workspace &ws);

    // Single items, for storage that keeps them as JSON fragments.
    static QJsonObject procedureToJson(const Procedure &p);
    static QJsonObject groupToJson(const ProcedureGroup &g);
    static QJsonObject systemToJson(const System &s);
    static QJsonObject processToJson(const Process &p);
    static Result<Procedure> procedureFromJson(const QJsonObject &o);
    static Result<ProcedureGroup> groupFromJson(const QJsonObject &o);
    static Result<System> systemFromJson(const QJsonObject &o);
    static Result<Process> processFromJson(const QJsonObject &o);

    // The part of a workspace that belongs with one procedure or group: the item, the
    // members of a group, and the systems they refer to. Empty optional if `id` is unknown.
    static std::optional<Workspace> extract(const Workspace &ws, const QString &id);
};

} // namespace tthc
