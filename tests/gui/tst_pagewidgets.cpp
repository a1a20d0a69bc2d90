// The small shared widgets the start-up work introduced: WrapLabel's height cache must never give a
// stale height (text, font, margins, format changed), and the drawn status icons must be there for
// every state, at 1× and 2× (HiDPI), and differ from each other.

#include "widgets/StatusIcons.h"
#include "widgets/WrapLabel.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QSet>
#include <QTest>

using namespace o365;

class TestPageWidgets : public QObject
{
    Q_OBJECT

private:
    static int plainHeight(const QLabel& like, int width)
    {
        QLabel reference(like.text());
        reference.setWordWrap(like.wordWrap());
        reference.setFont(like.font());
        reference.setTextFormat(like.textFormat());
        reference.setMargin(like.margin());
        reference.setIndent(like.indent());
        reference.setContentsMargins(like.contentsMargins());
        reference.setAlignment(like.alignment());
        return reference.heightForWidth(width);
    }

private slots:
    void heightMatchesQLabel()
    {
        const QString text = QStringLiteral("Select the site, which has the IP address obtained at step 1. Write down "
                                            "the name and IP address of the site. ")
                                 .repeated(3);
        WrapLabel label(text);
        QVERIFY(label.wordWrap());
        for (int width : {120, 300, 600, 120, 300, 601, 999})
            QCOMPARE(label.heightForWidth(width), plainHeight(label, width));
        QVERIFY(label.heightForWidth(120) > label.heightForWidth(600));
    }

    void changesAreNotCached()
    {
        WrapLabel label(QStringLiteral("short"));
        const int oneLine = label.heightForWidth(200);
        QCOMPARE(oneLine, plainHeight(label, 200));

        label.setText(QStringLiteral("a much longer text that cannot possibly fit on one line of two hundred pixels"));
        QCOMPARE(label.heightForWidth(200), plainHeight(label, 200));
        QVERIFY(label.heightForWidth(200) > oneLine);

        QFont big = label.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        const int before = label.heightForWidth(200);
        label.setFont(big);
        QCOMPARE(label.heightForWidth(200), plainHeight(label, 200));
        QVERIFY(label.heightForWidth(200) > before);

        const int beforeMargin = label.heightForWidth(200);
        label.setMargin(20);
        QCOMPARE(label.heightForWidth(200), plainHeight(label, 200));
        QVERIFY(label.heightForWidth(200) > beforeMargin);

        label.setContentsMargins(0, 30, 0, 30);
        QCOMPARE(label.heightForWidth(200), plainHeight(label, 200));

        label.setWordWrap(false);
        QCOMPARE(label.heightForWidth(200), plainHeight(label, 200));
        label.setWordWrap(true);

        label.setTextFormat(Qt::RichText);
        label.setText(QStringLiteral("<b>bold</b> and <ul><li>a list</li><li>of two</li></ul>"));
        QCOMPARE(label.heightForWidth(200), plainHeight(label, 200));
    }

    void everyStateHasItsOwnIcon()
    {
        const QList<StepState> states = {StepState::Info,   StepState::Open,       StepState::Done,
                                         StepState::Failed, StepState::Overridden, StepState::NotApplicable};
        QSet<QByteArray> seen;
        auto signature = [](const QIcon& icon, int size, qreal dpr) {
            const QImage image = icon.pixmap(QSize(size, size), dpr).toImage().convertToFormat(QImage::Format_ARGB32);
            return QByteArray(reinterpret_cast<const char*>(image.constBits()), image.sizeInBytes());
        };
        for (bool running : {false, true}) {
            for (StepState s : states) {
                const QIcon icon = StatusIcons::forState(s, running);
                QVERIFY(!icon.isNull());
                for (qreal dpr : {1.0, 2.0}) {
                    const QPixmap pm = icon.pixmap(QSize(16, 16), dpr);
                    QCOMPARE(pm.size(), QSize(16, 16) * dpr);
                    const QImage image = pm.toImage().convertToFormat(QImage::Format_ARGB32);
                    int opaque = 0;
                    for (int y = 0; y < image.height(); ++y)
                        for (int x = 0; x < image.width(); ++x)
                            opaque += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
                    QVERIFY2(opaque > image.width(), qPrintable(QStringLiteral("state %1 drew nothing").arg(int(s))));
                    QVERIFY2(qAlpha(image.pixel(0, 0)) == 0, "the corners are transparent");
                }
                if (!running)
                    seen.insert(signature(icon, 16, 1.0));
                QCOMPARE(StatusIcons::forState(s, running).cacheKey(), icon.cacheKey()); // made once
            }
        }
        QCOMPARE(seen.size(), states.size());
        // Running looks the same whatever the state under it, and unlike every state.
        const QByteArray running = signature(StatusIcons::forState(StepState::Open, true), 16, 1.0);
        QCOMPARE(signature(StatusIcons::forState(StepState::Done, true), 16, 1.0), running);
        QVERIFY(!seen.contains(running));
    }
};

QTEST_MAIN(TestPageWidgets)
#include "tst_pagewidgets.moc"
