#pragma once
// The geometry of a process diagram: where each step's centre is, the band of each lane, and
// the path of each flow. It is pure data (Qt Core types only) so that layout, storage, exports
// and the command line share it; it is stored in the process as the additive tthc-json
// `layout` object:
//   { "direction": "LR"|"TB",
//     "steps": { "<stepId>": [x, y], … },               // centre, scene units (px at 100 %)
//     "lanes": [ { "id": "<laneId>", "rect": [x, y, w, h] }, … ],   // in lane order
//     "flows": { "<flowId>": [[x, y], …] } }            // cubic Bézier chain: p0 c1 c2 p1 c1 c2 p2 …
// Missing or malformed parts read as absent, never as an error: a layout can always be made again.
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace tthc {

struct LaneBand {
    QString id;
    QRectF rect;
    bool operator==(const LaneBand &) const = default;
};

struct Geometry {
    bool leftToRight = true; // LR: lanes are horizontal bands and the flow runs left to right
    QHash<QString, QPointF> steps;
    QList<LaneBand> lanes;
    QHash<QString, QList<QPointF>> flows;
    bool operator==(const Geometry &) const = default;

    bool isEmpty() const { return steps.isEmpty() && lanes.isEmpty(); }
    const LaneBand *lane(const QString &id) const;
    int laneIndexAt(const QPointF &p) const; // the band containing p, or -1
    QRectF bounds() const;                   // lanes, step centres and flow points

    QJsonObject toJson() const;
    static Geometry fromJson(const QJsonObject &layout);
};

} // namespace tthc
