#include "StatusIcons.h"

#include <QCoreApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>

namespace o365 {

namespace {

// Drawn, not loaded: the style's standard icons are PNG files, and reading them (the image format
// plugins, then the files) was ~2 ms of the wizard's start-up. Vector shapes are also sharp at any
// scale. The shape differs per state, and every row says its state in words too.
class StatusIconEngine : public QIconEngine
{
public:
    StatusIconEngine(StepState state, bool running) : m_state(state), m_running(running) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 16.0, side / 16.0); // drawn on a 16×16 grid
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.45);
        const QColor white(Qt::white);
        auto disc = [painter](const QColor& fill) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawEllipse(QRectF(1, 1, 14, 14));
        };
        auto strokes = [painter](const QColor& colour, qreal width) {
            QPen pen(colour, width);
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
        };
        if (m_running) {
            strokes(QColor(0x15, 0x65, 0xc0), 2.0);
            painter->drawArc(QRectF(2.5, 2.5, 11, 11), 90 * 16, 270 * 16);
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0x15, 0x65, 0xc0));
            painter->drawPolygon(QPolygonF({QPointF(8, 0.5), QPointF(12, 3), QPointF(8, 5.5)}));
        } else {
            switch (m_state) {
            case StepState::Done:
                disc(QColor(0x2e, 0x7d, 0x32));
                strokes(white, 2.0);
                painter->drawPolyline(QPolygonF({QPointF(4.5, 8.5), QPointF(7, 11), QPointF(11.5, 5.5)}));
                break;
            case StepState::Failed:
                disc(QColor(0xc6, 0x28, 0x28));
                strokes(white, 2.0);
                painter->drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
                painter->drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
                break;
            case StepState::Overridden:
                painter->setPen(Qt::NoPen);
                painter->setBrush(QColor(0xf9, 0xa8, 0x25));
                painter->drawPolygon(QPolygonF({QPointF(8, 1), QPointF(15.5, 14.5), QPointF(0.5, 14.5)}));
                strokes(QColor(0x21, 0x21, 0x21), 2.0);
                painter->drawLine(QPointF(8, 5.5), QPointF(8, 9.5));
                painter->drawPoint(QPointF(8, 12.3));
                break;
            case StepState::Info:
                disc(QColor(0x15, 0x65, 0xc0));
                strokes(white, 2.0);
                painter->drawPoint(QPointF(8, 4.6));
                painter->drawLine(QPointF(8, 7.5), QPointF(8, 11.5));
                break;
            case StepState::NotApplicable:
                disc(QColor(0x9e, 0x9e, 0x9e));
                strokes(white, 2.0);
                painter->drawLine(QPointF(5, 8), QPointF(11, 8));
                break;
            case StepState::Open:
                strokes(QColor(0x61, 0x61, 0x61), 1.5);
                painter->drawEllipse(QRectF(2, 2, 12, 12));
                break;
            }
        }
        painter->restore();
    }

    // Drawn once per size and mode (QIcon asks the engine again for every pixmap, and every row asks).
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        const quint64 key = (quint64(size.width()) << 32) | (quint64(size.height()) << 8) | quint64(mode);
        auto it = m_pixmaps.constFind(key);
        if (it != m_pixmaps.constEnd())
            return *it;
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        {
            QPainter p(&pm);
            paint(&p, QRect(QPoint(0, 0), size), mode, state);
        }
        m_pixmaps.insert(key, pm);
        return pm;
    }

    QIconEngine* clone() const override { return new StatusIconEngine(m_state, m_running); }
    QString key() const override { return QStringLiteral("o365-status"); }

private:
    StepState m_state;
    bool m_running;
    QHash<quint64, QPixmap> m_pixmaps;
};

// Emptied when the application object goes: no pixmap may outlive it.
QHash<int, QIcon>& iconCache()
{
    static QHash<int, QIcon> cache;
    static const bool cleanup = [] {
        qAddPostRoutine([] { iconCache().clear(); });
        return true;
    }();
    Q_UNUSED(cleanup)
    return cache;
}

} // namespace

QIcon StatusIcons::forState(StepState state, bool running)
{
    // Made once per state (GUI thread only): QIcon caches the pixmaps it draws per size.
    QHash<int, QIcon>& cache = iconCache();
    const int key = int(state) * 2 + (running ? 1 : 0);
    auto it = cache.constFind(key);
    if (it == cache.constEnd())
        it = cache.insert(key, QIcon(new StatusIconEngine(state, running)));
    return *it;
}

QString StatusIcons::checkWord(CheckStatus status)
{
    switch (status) {
    case CheckStatus::NotRun: return QCoreApplication::translate("StatusIcons", "○ Not run:");
    case CheckStatus::Running: return QCoreApplication::translate("StatusIcons", "… Running:");
    case CheckStatus::Passed: return QCoreApplication::translate("StatusIcons", "✔ Passed:");
    case CheckStatus::Warning: return QCoreApplication::translate("StatusIcons", "⚠ Warning:");
    case CheckStatus::Failed: return QCoreApplication::translate("StatusIcons", "✖ Failed:");
    case CheckStatus::Skipped: return QCoreApplication::translate("StatusIcons", "– Skipped:");
    }
    return {};
}

} // namespace o365
