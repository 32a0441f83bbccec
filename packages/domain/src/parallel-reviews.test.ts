import { describe, expect, it } from "vitest";
import { isStale, touchedReviews } from "./parallel-reviews";

describe("isStale — a review step conflicts only with changes to its own review or the status", () => {
  it.each<[string, number, number, number | undefined, boolean]>([
    ["the record as read", 5, 5, undefined, false],
    ["a record step after any change", 5, 6, undefined, true],
    ["a version from the future", 7, 6, undefined, true],
    ["the other party decided since (own review last changed at 4)", 5, 6, 4, false],
    ["own review unchanged since it was read", 4, 6, 4, false],
    ["own review changed after it was read", 4, 6, 5, true],
    ["the status moved on after it was read", 3, 6, 6, true],
    ["a review step from the future", 7, 6, 4, true],
  ])("%s", (_name, read, current, reviewChangedAt, stale) => {
    expect(isStale(read, current, reviewChangedAt)).toBe(stale);
  });
});

describe("touchedReviews", () => {
  const fields = { bank: "bankReview", guarantor: "guarantorReview" } as const;
  const state = (status: string, bankReview: string, guarantorReview: string) => ({
    status,
    bankReview,
    guarantorReview,
  });

  it.each([
    [
      "bank approves first",
      state("UNDER_REVIEW", "PENDING", "PENDING"),
      state("UNDER_REVIEW", "APPROVED", "PENDING"),
      ["bank"],
    ],
    [
      "guarantor asks for materials",
      state("UNDER_REVIEW", "APPROVED", "PENDING"),
      state("UNDER_REVIEW", "APPROVED", "MATERIALS_REQUESTED"),
      ["guarantor"],
    ],
    [
      "the second approval moves the status",
      state("UNDER_REVIEW", "APPROVED", "PENDING"),
      state("APPROVED", "APPROVED", "APPROVED"),
      ["bank", "guarantor"],
    ],
    [
      "a resubmitted payment: reviews read PENDING again, the status moved",
      state("RETURNED", "REJECTED", "PENDING"),
      state("IN_REVIEW", "PENDING", "PENDING"),
      ["bank", "guarantor"],
    ],
    [
      "nothing changed",
      state("DISBURSED", "APPROVED", "APPROVED"),
      state("DISBURSED", "APPROVED", "APPROVED"),
      [],
    ],
  ])("%s", (_name, before, after, touched) => {
    expect(touchedReviews(before, after, fields)).toEqual(touched);
  });
});
