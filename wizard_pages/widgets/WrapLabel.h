#pragma once

#include <QLabel>

namespace o365 {

// A word-wrapped QLabel that remembers its height for the last few widths.
//
// QLabel lays its whole text out again (shaping every word) on each heightForWidth() call, and a
// page's nested layouts ask for the same few widths many times while the wizard is first shown:
// that was ~20 % of the start-up samples (perf), ~9 ms. The cache is keyed by the width, the text
// and the properties QLabel lays it out by, and forgotten on anything else that changes the layout
// (font, style, margins, direction).
class WrapLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrapLabel(QWidget* parent = nullptr);
    explicit WrapLabel(const QString& text, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    bool event(QEvent* e) override;

private:
    struct Entry {
        int width;
        int height;
    };
    bool cacheValid() const;

    mutable QString m_cachedText;
    mutable int m_cachedFormat = -1;
    mutable int m_cachedAlignment = 0;
    mutable int m_cachedMargin = 0;
    mutable int m_cachedIndent = 0;
    mutable bool m_cachedWordWrap = true;
    mutable Entry m_entries[4] = {{-1, 0}, {-1, 0}, {-1, 0}, {-1, 0}};
    mutable int m_next = 0;
};

} // namespace o365
