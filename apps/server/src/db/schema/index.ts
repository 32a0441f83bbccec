export * from "./applications";
export * from "./attachments";
export * from "./enterprises";
export * from "./identity";
export * from "./notifications";
export * from "./programmes";
export * from "./reference";
export * from "./servicing";
