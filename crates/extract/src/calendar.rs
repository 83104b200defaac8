//! Calendar arithmetic and TIMEX3 formatting on `jiff` civil dates.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

/// `2017-11-19`.
pub(crate) fn day(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// `2017-11`.
pub(crate) fn month(year: i16, month: i8) -> String {
    format!("{year:04}-{month:02}")
}

/// `2017-W46`, by ISO week.
pub(crate) fn week(date: Date) -> String {
    let iso = date.iso_week_date();
    format!("{:04}-W{:02}", iso.year(), iso.week())
}

/// Days from `a` to `b` (negative when `b` is earlier).
pub(crate) fn days_between(a: Date, b: Date) -> i64 {
    days_from_civil(b) - days_from_civil(a)
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
fn days_from_civil(date: Date) -> i64 {
    let (y, m, d) = (i64::from(date.year()), i64::from(date.month()), i64::from(date.day()));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` days from `date`, if it exists.
pub(crate) fn add_days(date: Date, days: i64) -> Option<Date> {
    date.checked_add(days.days()).ok()
}

/// The first of the month `months` months from `date`'s month.
pub(crate) fn add_months(date: Date, months: i32) -> Option<(i16, i8)> {
    let index = i32::from(date.year()) * 12 + i32::from(date.month()) - 1 + months;
    Some((i16::try_from(index.div_euclid(12)).ok()?, i8::try_from(index.rem_euclid(12) + 1).ok()?))
}

/// Monday is 1, Sunday is 7.
pub(crate) fn weekday_number(weekday: Weekday) -> i8 {
    weekday.to_monday_one_offset()
}

/// The nearest `weekday` before (or, with `future`, after) `anchor`; the anchor's own
/// weekday means the anchor's date.
pub(crate) fn nearest_weekday(anchor: Date, weekday: i8, future: bool) -> Option<Date> {
    let today = weekday_number(anchor.weekday());
    if today == weekday {
        return Some(anchor);
    }
    let delta = if future {
        i64::from((weekday - today).rem_euclid(7))
    } else {
        -i64::from((today - weekday).rem_euclid(7))
    };
    add_days(anchor, delta)
}

/// Western Easter Sunday (the anonymous Gregorian algorithm).
pub(crate) fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// Orthodox Easter Sunday (Julian computus, shown in the Gregorian calendar).
pub(crate) fn orthodox_easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let a = y % 4;
    let b = y % 7;
    let c = y % 19;
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    let julian = Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()?;
    add_days(julian, 13)
}

/// The `nth` (1-based; 5 or more means the last) `weekday` of a month.
pub(crate) fn nth_weekday(year: i16, month: i8, weekday: i8, nth: u8) -> Option<Date> {
    let first = Date::new(year, month, 1).ok()?;
    let offset = (weekday - weekday_number(first.weekday())).rem_euclid(7);
    let mut date = add_days(first, i64::from(offset))?;
    let mut count = 1;
    while count < nth {
        let next = add_days(date, 7)?;
        if next.month() != month {
            break;
        }
        date = next;
        count += 1;
    }
    Some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i16, m: i8, d: i8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn easters() {
        assert_eq!(easter(2024), Some(date(2024, 3, 31)));
        assert_eq!(easter(2017), Some(date(2017, 4, 16)));
        assert_eq!(orthodox_easter(2024), Some(date(2024, 5, 5)));
        assert_eq!(orthodox_easter(2017), Some(date(2017, 4, 16)));
    }

    #[test]
    fn weekdays_and_weeks() {
        let sunday = date(2017, 11, 19);
        assert_eq!(week(sunday), "2017-W46");
        assert_eq!(nearest_weekday(sunday, 2, false), Some(date(2017, 11, 14)));
        assert_eq!(nearest_weekday(sunday, 2, true), Some(date(2017, 11, 21)));
        assert_eq!(nth_weekday(2024, 9, 1, 1), Some(date(2024, 9, 2)));
        assert_eq!(nth_weekday(2020, 5, 1, 5), Some(date(2020, 5, 25)));
        assert_eq!(add_months(date(2017, 1, 5), -2), Some((2016, 11)));
        assert_eq!(days_between(date(2019, 9, 27), date(2019, 12, 25)), 89);
        assert_eq!(days_between(date(2020, 3, 1), date(2020, 2, 28)), -2);
    }
}
