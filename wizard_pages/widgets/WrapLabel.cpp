#include "WrapLabel.h"

#include <QEvent>

namespace o365 {

WrapLabel::WrapLabel(QWidget* parent) : QLabel(parent) { setWordWrap(true); }

WrapLabel::WrapLabel(const QString& text, QWidget* parent) : QLabel(text, parent) { setWordWrap(true); }

bool WrapLabel::cacheValid() const
{
    const QString current = text();
    return (current.isSharedWith(m_cachedText) || current == m_cachedText) && int(textFormat()) == m_cachedFormat &&
           int(alignment()) == m_cachedAlignment && margin() == m_cachedMargin && indent() == m_cachedIndent &&
           wordWrap() == m_cachedWordWrap;
}

int WrapLabel::heightForWidth(int width) const
{
    if (cacheValid()) {
        for (const Entry& e : m_entries) {
            if (e.width == width)
                return e.height;
        }
    } else {
        m_cachedText = text();
        m_cachedFormat = int(textFormat());
        m_cachedAlignment = int(alignment());
        m_cachedMargin = margin();
        m_cachedIndent = indent();
        m_cachedWordWrap = wordWrap();
        for (Entry& e : m_entries)
            e.width = -1;
    }
    const int height = QLabel::heightForWidth(width);
    m_entries[m_next] = {width, height};
    m_next = (m_next + 1) % 4;
    return height;
}

bool WrapLabel::event(QEvent* e)
{
    switch (e->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::Polish:
        for (Entry& entry : m_entries)
            entry.width = -1;
        break;
    default:
        break;
    }
    return QLabel::event(e);
}

} // namespace o365
