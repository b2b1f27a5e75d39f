#include "geometry.h"

#include <QJsonArray>

namespace tthc {

namespace {
QJsonArray point(const QPointF &p) { return {p.x(), p.y()}; }

bool readPoint(const QJsonValue &v, QPointF *out)
{
    const QJsonArray a = v.toArray();
    if (a.size() != 2 || !a[0].isDouble() || !a[1].isDouble())
        return false;
    *out = {a[0].toDouble(), a[1].toDouble()};
    return true;
}
} // namespace

const LaneBand *Geometry::lane(const QString &id) const
{
    for (const LaneBand &b : lanes)
        if (b.id == id)
            return &b;
    return nullptr;
}

int Geometry::laneIndexAt(const QPointF &p) const
{
    for (int i = 0; i < lanes.size(); ++i)
        if (lanes[i].rect.contains(p))
            return i;
    return -1;
}

QRectF Geometry::bounds() const
{
    QRectF r;
    for (const LaneBand &b : lanes)
        r |= b.rect;
    for (const QPointF &p : steps)
        r |= QRectF(p, QSizeF(1, 1));
    for (const auto &path : flows)
        for (const QPointF &p : path)
            r |= QRectF(p, QSizeF(1, 1));
    return r;
}

QJsonObject Geometry::toJson() const
{
    QJsonObject stepsJson, flowsJson;
    for (auto it = steps.begin(); it != steps.end(); ++it)
        stepsJson.insert(it.key(), point(it.value()));
    for (auto it = flows.begin(); it != flows.end(); ++it) {
        QJsonArray pts;
        for (const QPointF &p : it.value())
            pts.append(point(p));
        flowsJson.insert(it.key(), pts);
    }
    QJsonArray lanesJson;
    for (const LaneBand &b : lanes)
        lanesJson.append(QJsonObject{{"id", b.id},
                                     {"rect", QJsonArray{b.rect.x(), b.rect.y(), b.rect.width(), b.rect.height()}}});
    return {{"direction", leftToRight ? "LR" : "TB"}, {"steps", stepsJson}, {"lanes", lanesJson}, {"flows", flowsJson}};
}

Geometry Geometry::fromJson(const QJsonObject &layout)
{
    Geometry g;
    g.leftToRight = layout.value(QStringLiteral("direction")).toString() != QLatin1String("TB");
    const QJsonObject stepsJson = layout.value(QStringLiteral("steps")).toObject();
    for (auto it = stepsJson.begin(); it != stepsJson.end(); ++it) {
        QPointF p;
        if (readPoint(it.value(), &p))
            g.steps.insert(it.key(), p);
    }
    for (const QJsonValue &v : layout.value(QStringLiteral("lanes")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonArray r = o.value(QStringLiteral("rect")).toArray();
        if (o.value(QStringLiteral("id")).toString().isEmpty() || r.size() != 4)
            continue;
        g.lanes.append({o.value(QStringLiteral("id")).toString(),
                        QRectF(r[0].toDouble(), r[1].toDouble(), r[2].toDouble(), r[3].toDouble())});
    }
    const QJsonObject flowsJson = layout.value(QStringLiteral("flows")).toObject();
    for (auto it = flowsJson.begin(); it != flowsJson.end(); ++it) {
        QList<QPointF> path;
        for (const QJsonValue &v : it.value().toArray()) {
            QPointF p;
            if (readPoint(v, &p))
                path.append(p);
        }
        if (path.size() >= 2)
            g.flows.insert(it.key(), path);
    }
    return g;
}

} // namespace tthc
