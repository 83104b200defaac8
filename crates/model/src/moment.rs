//! Points in time as articles state them: a date, perhaps a time, perhaps an offset.

use std::fmt;

use attache_text::Span;
use jiff::civil::{Date, Time};
use jiff::tz::Offset;

/// A date with an optional time of day and an optional UTC offset, exactly as precise
/// as the text that gave it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moment {
    /// The calendar date.
    pub date: Date,
    /// The time of day, when stated.
    pub time: Option<Time>,
    /// The offset from UTC, when stated.
    pub offset: Option<Offset>,
}

impl Moment {
    /// A date alone.
    pub fn date(date: Date) -> Moment {
        Moment { date, time: None, offset: None }
    }
}

impl fmt::Display for Moment {
    /// ISO 8601: `2017-11-19`, `2017-11-19T19:32:00` or `2017-11-19T19:32:00+04:00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date)?;
        if let Some(time) = self.time {
            write!(f, "T{:02}:{:02}:{:02}", time.hour(), time.minute(), time.second())?;
            if let Some(offset) = self.offset {
                let seconds = offset.seconds();
                let sign = if seconds < 0 { '-' } else { '+' };
                let seconds = seconds.unsigned_abs();
                write!(f, "{sign}{:02}:{:02}", seconds / 3600, seconds / 60 % 60)?;
            }
        }
        Ok(())
    }
}

/// A moment and the words it was read from (none when the caller supplied it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dated {
    /// The value.
    pub moment: Moment,
    /// Where the text states it.
    pub span: Option<Span>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_forms() {
        let date = Date::new(2017, 11, 19).unwrap();
        assert_eq!(Moment::date(date).to_string(), "2017-11-19");
        let with_time = Moment { date, time: Some(Time::new(19, 32, 0, 0).unwrap()), offset: None };
        assert_eq!(with_time.to_string(), "2017-11-19T19:32:00");
        let zoned = Moment { offset: Some(Offset::from_seconds(4 * 3600).unwrap()), ..with_time };
        assert_eq!(zoned.to_string(), "2017-11-19T19:32:00+04:00");
        let west =
            Moment { offset: Some(Offset::from_seconds(-(5 * 3600 + 1800)).unwrap()), ..with_time };
        assert_eq!(west.to_string(), "2017-11-19T19:32:00-05:30");
    }
}
