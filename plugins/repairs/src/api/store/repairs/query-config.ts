export const listStoreRepairsQueryConfig = {
  defaults: ["id", "status", "work_type", "device_brand", "device_model", "created_at"],
  defaultLimit: 20,
  isList: true,
}
