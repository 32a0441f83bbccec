import type { calendarZh } from "./messages.calendar";

/** The English of messages.calendar.ts, loaded only when English is chosen. */
export const calendarEn: Record<keyof typeof calendarZh, string> = {
  "menu.officialCalendar": "Official calendar",
  "home.officialCalendarHint":
    "Enter each year's public holidays and adjusted workdays from the State Council notice",

  "calendar.title": "Official calendar",
  "calendar.subtitle":
    "Working-day deadlines (reviews, claims, bridge-loan returns) are counted on this calendar; a year not entered is never guessed: the steps that need it are refused until it is",
  "calendar.year": "Year",
  "calendar.notice": "Notice",
  "calendar.noticeDate": "Issued on",
  "calendar.holidays": "Days off",
  "calendar.adjustedWorkdays": "Adjusted workdays",
  "calendar.holidayCount": "Days off: {count}",
  "calendar.workdayCount": "Workdays: {count}",
  "calendar.enteredBy": "Entered by",
  "calendar.shipped": "Shipped with the platform",
  "calendar.enteredAt": "Entered at",
  "calendar.version": "Version",
  "calendar.enterYear": "Enter {year}",
  "calendar.toEnter":
    "The public holidays of {year} are not entered yet: enter them once the State Council notice is out, or no working-day deadline in {year} can be counted.",
  "calendar.editTitle": "Public holidays of {year}",
  "calendar.newYear": "New",
  "calendar.addRange": "Add days off",
  "calendar.addWorkday": "Add a workday",
  "calendar.rangePlaceholderStart": "First day off",
  "calendar.rangePlaceholderEnd": "Last day off",
  "calendar.workdayPlaceholder": "A Saturday or Sunday",
  "calendar.noDates": "None yet",
  "calendar.noticeNumberPlaceholder": "e.g. 国办发明电〔2025〕7号",
  "calendar.saved": "The public holidays of {year} are saved",
  "calendar.readOnly": "Only a platform admin (admin or operator) may enter the calendar",
  "calendar.history": "History",
  "calendar.taskDue": "Due by {date}",
};
