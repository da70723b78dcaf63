/** Lays an inspection (arrays or lazy iterables of records) out as the contract's seven sheets, lazily. */
import type { Account, FollowUp, Interaction, NoticeInfo, Publication, Section, Website } from "../../src/schema.js";
import {
  ACCOUNT_SHEET, FOLLOW_UP_SHEET, INTERACTION_SHEET, NOTICE_SHEET, PUBLICATION_SHEET, SECTION_SHEET, WEBSITE_SHEET,
  noticeRows, type CellValue, type SheetSpec,
} from "./sheet-rows.js";
import type { SheetData } from "./write-workbook.js";

export interface InspectionSource {
  notice: NoticeInfo;
  websites: Iterable<Website>;
  accounts: Iterable<Account>;
  publications: Iterable<Publication>;
  interactions: Iterable<Interaction>;
  followUps: Iterable<FollowUp>;
  sections: Iterable<Section>;
}

function* mapRows<T>(items: Iterable<T>, spec: SheetSpec<T>): Iterable<CellValue[]> {
  let i = 0;
  for (const item of items) yield spec.toRow(item, i++);
}

const sheet = <T>(spec: SheetSpec<T>, items: Iterable<T>): SheetData => ({
  name: spec.name, headers: spec.headers, widths: spec.widths, rows: mapRows(items, spec),
});

export function inspectionSheets(source: InspectionSource): SheetData[] {
  return [
    sheet(NOTICE_SHEET, noticeRows(source.notice)),
    sheet(WEBSITE_SHEET, source.websites),
    sheet(ACCOUNT_SHEET, source.accounts),
    sheet(PUBLICATION_SHEET, source.publications),
    sheet(INTERACTION_SHEET, source.interactions),
    sheet(FOLLOW_UP_SHEET, source.followUps),
    sheet(SECTION_SHEET, source.sections),
  ];
}
