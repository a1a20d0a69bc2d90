#pragma once

#include <QList>
#include <QString>

namespace o365 {

// A dotted version as PA and the application package write them: "5.4.4", "4.1",
// "4.0-15", "4.1.2-103". Only the leading numeric components take part in ordering;
// missing components count as zero ("4" == "4.0"). A release suffix after '-' is kept
// for display and compared last, numerically when it is a number.
class Version
{
public:
    Version() = default;
    static Version parse(const QString& text); // invalid when text has no leading number

    bool isValid() const { return !m_parts.isEmpty(); }
    QString toString() const { return m_text; }
    const QList<int>& parts() const { return m_parts; }

    static int compare(const Version& a, const Version& b); // <0, 0, >0

    friend bool operator<(const Version& a, const Version& b) { return compare(a, b) < 0; }
    friend bool operator<=(const Version& a, const Version& b) { return compare(a, b) <= 0; }
    friend bool operator>(const Version& a, const Version& b) { return compare(a, b) > 0; }
    friend bool operator>=(const Version& a, const Version& b) { return compare(a, b) >= 0; }
    friend bool operator==(const Version& a, const Version& b) { return compare(a, b) == 0; }
    friend bool operator!=(const Version& a, const Version& b) { return compare(a, b) != 0; }

private:
    QString m_text;
    QList<int> m_parts;
    int m_release = -1; // -1: none
};

} // namespace o365
