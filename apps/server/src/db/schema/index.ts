export * from "./enterprises";
export * from "./identity";
export * from "./reference";
