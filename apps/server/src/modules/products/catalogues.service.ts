import {
  DEFAULT_MATCHING_WEIGHTS,
  PRODUCT_CATEGORY_CODES,
  productFitForEnterprise,
  productReachesEnterprise,
} from "@chanrong/domain";
import type { Database, Executor } from "../../db/client";
import { isPlatformAdmin, requireOrgType, requireRole } from "../../platform/access";
import type { Actor } from "../../platform/actor";
import { recordAudit } from "../../platform/audit";
import { today } from "../../platform/clock";
import { AppError } from "../../platform/errors";
import { targetingProfilesIn } from "../enterprises/enterprises.service";
import { listRegions } from "../identity/identity.service";
import { type Booklet, categoryLabel } from "./catalogue-booklet";
import * as repo from "./products.repository";
import { inView, type ListedProduct, listedDto, matchProductOf, regionView } from "./products.service";

const NOT_FOUND = { zh: "产品汇编", en: "Catalogue" };

/** The outbox channel the in-app notifier serves; an SMS or 政务微信 notifier takes its own. */
export const IN_APP_CHANNEL = "in-app";
const PUSH_TOPIC = "product-catalogue.published";

function catalogueDto(row: { catalogue: repo.CatalogueRow; productCount: number; deliveries: number }) {
  const { catalogue } = row;
  return {
    id: catalogue.id,
    regionCode: catalogue.regionCode,
    title: catalogue.title,
    periodFrom: catalogue.periodFrom,
    periodTo: catalogue.periodTo,
    compiledOn: catalogue.compiledOn,
    publishedOn: catalogue.publishedOn,
    productCount: row.productCount,
    deliveries: row.deliveries,
  };
}

export async function listCatalogues(db: Database, actor: Actor) {
  const rows = await repo.listCatalogues(
    db,
    regionView(actor),
    actor.orgType !== "INDUSTRY_BUREAU" && !isPlatformAdmin(actor),
  );
  return rows.map(catalogueDto);
}

async function requireReadable(executor: Executor, actor: Actor, id: string, lock = false) {
  const row = await repo.findCatalogue(executor, id, lock);
  // A bureau reads its region's catalogues; everyone else the published ones of their region and those over it.
  const isBureau = actor.orgType === "INDUSTRY_BUREAU" || isPlatformAdmin(actor);
  if (
    !row ||
    !inView(regionView(actor), row.catalogue.regionCode) ||
    (!isBureau && row.catalogue.publishedOn === null)
  ) {
    throw AppError.notFound(NOT_FOUND);
  }
  return row;
}

/** The catalogue's products grouped by category, in the seed's order of categories. */
function sectionsOf(products: ListedProduct[]) {
  return PRODUCT_CATEGORY_CODES.map((category) => ({
    category,
    products: products.filter((product) => product.category === category),
  })).filter((section) => section.products.length > 0);
}

async function productsOf(executor: Executor, catalogueId: string): Promise<ListedProduct[]> {
  return (await repo.catalogueProducts(executor, catalogueId)).map(listedDto);
}

export async function getCatalogue(db: Database, actor: Actor, id: string) {
  const row = await requireReadable(db, actor, id);
  return { ...catalogueDto(row), sections: sectionsOf(await productsOf(db, id)) };
}

/** What the booklet prints: the catalogue and its sections, under its region's name. */
export async function bookletOf(db: Database, actor: Actor, id: string): Promise<Booklet> {
  const catalogue = await getCatalogue(db, actor, id);
  const region = (await listRegions(db)).find((entry) => entry.code === catalogue.regionCode);
  return {
    title: catalogue.title,
    regionName: region?.name ?? catalogue.regionCode,
    periodFrom: catalogue.periodFrom,
    periodTo: catalogue.periodTo,
    compiledOn: catalogue.compiledOn,
    sections: catalogue.sections,
  };
}

function requireBureau(actor: Actor) {
  requireOrgType(actor, "INDUSTRY_BUREAU");
  requireRole(actor, "admin", "operator");
}

/** 汇编成册: the bureau freezes the products of its region listed in the period, in their listed versions. */
export async function compileCatalogue(
  db: Database,
  actor: Actor,
  input: { title: string; periodFrom: string; periodTo: string },
  ip: string | null,
) {
  requireBureau(actor);
  if (input.periodTo < input.periodFrom) {
    throw AppError.validation("periodTo", "not-before-start", {
      zh: "截止日期不能早于起始日期",
      en: "The period ends before it starts",
    });
  }
  const id = await db.transaction(async (tx) => {
    const listed = await repo.listListedBetween(tx, actor.orgRegionCode, input.periodFrom, input.periodTo);
    if (listed.length === 0) {
      throw AppError.validation("periodFrom", "no-products", {
        zh: "该期间内没有上架的产品",
        en: "No product was listed in this period",
      });
    }
    const catalogue = await repo.insertCatalogue(
      tx,
      { ...input, regionCode: actor.orgRegionCode, compiledBy: actor.userId, compiledOn: today() },
      listed.map(({ product, version }) => ({ productId: product.id, productVersion: version.version })),
    );
    await recordAudit(tx, {
      actor,
      action: "product-catalogue.compile",
      entityType: "product-catalogue",
      entityId: catalogue.id,
      after: { ...input, products: listed.length },
      ip,
    });
    return catalogue.id;
  });
  return getCatalogue(db, actor, id);
}

/**
 * Publishing pushes each category to the enterprises of the region a product reaches (eligible, and in
 * every group it targets: productReachesEnterprise; weights play no part in a yes or no): one
 * message per enterprise naming its categories, written to the outbox with the publication, then delivered
 * in-app. The catalogue is published once; a second publication is refused and pushes nothing.
 */
export async function publishCatalogue(db: Database, actor: Actor, id: string, ip: string | null) {
  requireBureau(actor);
  await db.transaction(async (tx) => {
    const row = await requireReadable(tx, actor, id, true);
    if (!(await repo.markPublished(tx, id, actor.userId, today()))) {
      throw new AppError("conflict", { zh: "产品汇编已发布", en: "Already published" }, [
        {
          field: "publishedOn",
          rule: "once",
          message: { zh: "已发布,不会重复推送", en: "Published; not pushed twice" },
        },
      ]);
    }
    const products = (await repo.catalogueProducts(tx, id)).map(({ product, version }) => ({
      category: version.category,
      match: matchProductOf({ ...product, ...version, id: product.id }),
    }));
    const day = today();
    const enterprises = await targetingProfilesIn(tx, row.catalogue.regionCode);
    const messages = enterprises.flatMap((enterprise) => {
      const fitting = products.filter(({ match }) =>
        productReachesEnterprise(productFitForEnterprise(match, enterprise, DEFAULT_MATCHING_WEIGHTS, day)),
      );
      if (fitting.length === 0) return [];
      const categories = PRODUCT_CATEGORY_CODES.filter((category) =>
        fitting.some((p) => p.category === category),
      );
      return [
        {
          channel: IN_APP_CHANNEL,
          topic: PUSH_TOPIC,
          dedupeKey: `${id}:${enterprise.id}`,
          recipientEnterpriseId: enterprise.id,
          payload: {
            catalogueId: id,
            title: row.catalogue.title,
            categories,
            productIds: fitting.map(({ match }) => match.id),
          },
        },
      ];
    });
    await repo.enqueue(tx, messages);
    await recordAudit(tx, {
      actor,
      action: "product-catalogue.publish",
      entityType: "product-catalogue",
      entityId: id,
      after: { publishedOn: day, recipients: messages.length },
      ip,
    });
  });
  await deliverInApp(db);
  return getCatalogue(db, actor, id);
}

interface PushPayload {
  catalogueId: string;
  title: string;
  categories: string[];
  productIds: string[];
}

/**
 * The in-app notifier: turns undelivered in-app outbox rows into enterprise messages and stamps them
 * delivered, in one transaction; a row delivered twice writes one message (its outbox id is unique).
 */
export async function deliverInApp(db: Database, batch = 500): Promise<number> {
  let delivered = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      const pending = await repo.pendingMessages(tx, IN_APP_CHANNEL, batch);
      await repo.insertEnterpriseMessages(
        tx,
        pending.flatMap((message) => {
          if (message.topic !== PUSH_TOPIC || !message.recipientEnterpriseId) return [];
          const payload = message.payload as PushPayload;
          const names = payload.categories.map(categoryLabel).join("、");
          return [
            {
              outboxId: message.id,
              enterpriseId: message.recipientEnterpriseId,
              catalogueId: payload.catalogueId,
              title: `《${payload.title}》已发布`,
              titleEn: `"${payload.title}" published`,
              body: `适合贵企业的金融产品 ${payload.productIds.length} 项,类别:${names}。`,
              bodyEn: `${payload.productIds.length} products fit your enterprise (${payload.categories.join(", ")}).`,
              categories: payload.categories,
              productIds: payload.productIds,
            },
          ];
        }),
      );
      await repo.markDelivered(
        tx,
        pending.map((message) => message.id),
      );
      return pending.length;
    });
    delivered += count;
    if (count < batch) return delivered;
  }
}

/** The pushes an enterprise received, newest first, in the caller's language. */
export async function listMessages(db: Database, actor: Actor, language: "zh" | "en") {
  requireOrgType(actor, "ENTERPRISE");
  if (!actor.enterpriseId) return [];
  const rows = await repo.listEnterpriseMessages(db, actor.enterpriseId);
  return rows.map((row) => ({
    id: row.id,
    catalogueId: row.catalogueId,
    title: language === "en" ? row.titleEn : row.title,
    body: language === "en" ? row.bodyEn : row.body,
    categories: row.categories,
    productIds: row.productIds,
    createdAt: row.createdAt,
    readAt: row.readAt,
  }));
}

export async function markRead(db: Database, actor: Actor, id: string) {
  requireOrgType(actor, "ENTERPRISE");
  if (!actor.enterpriseId || !(await repo.markMessageRead(db, id, actor.enterpriseId))) {
    throw AppError.notFound({ zh: "消息", en: "Message" });
  }
}
