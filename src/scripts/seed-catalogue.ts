/** The Softshop demo catalogue. Prices in euro, VAT included. */
export type CatalogueItem = {
  handle: string
  title: string
  subtitle: string
  description: string
  category: string
  option: string
  service?: boolean
  variants: { value: string; sku: string; price: number }[]
}

export const CATEGORIES = [
  { name: "Laptops", handle: "laptops" },
  { name: "Desktops", handle: "desktops" },
  { name: "Monitoren", handle: "monitoren" },
  { name: "Software", handle: "software" },
  { name: "Service & reparatie", handle: "service" },
]

export const CATALOGUE: CatalogueItem[] = [
  {
    handle: "softbook-pro-14",
    title: "Softbook Pro 14",
    subtitle: '14" zakelijke laptop, Intel Core Ultra 7',
    description: "Lichte 14-inch laptop met 2,8K-scherm, 32 GB geheugen en een accuduur van een hele werkdag.",
    category: "laptops",
    option: "Opslag",
    variants: [
      { value: "512 GB SSD", sku: "SB-PRO14-512", price: 1299 },
      { value: "1 TB SSD", sku: "SB-PRO14-1TB", price: 1449 },
    ],
  },
  {
    handle: "softbook-air-13",
    title: "Softbook Air 13",
    subtitle: '13" laptop voor thuis en studie',
    description: "Stille, ventilatorloze laptop met 16 GB geheugen en USB-C opladen.",
    category: "laptops",
    option: "Kleur",
    variants: [
      { value: "Zilver", sku: "SB-AIR13-SLV", price: 849 },
      { value: "Antraciet", sku: "SB-AIR13-ANT", price: 849 },
    ],
  },
  {
    handle: "softstation-gaming-x",
    title: "Softstation Gaming X",
    subtitle: "Gaming-pc, Ryzen 7 met RTX-videokaart",
    description: "In Amsterdam samengestelde gaming-pc met waterkoeling, 32 GB DDR5 en 2 TB NVMe-opslag.",
    category: "desktops",
    option: "Videokaart",
    variants: [
      { value: "RTX 5070", sku: "SS-GX-5070", price: 1899 },
      { value: "RTX 5080", sku: "SS-GX-5080", price: 2399 },
    ],
  },
  {
    handle: "softstation-office",
    title: "Softstation Office",
    subtitle: "Compacte kantoor-pc",
    description: "Zuinige mini-pc voor kantoorwerk met Windows 11 Pro voorgeïnstalleerd.",
    category: "desktops",
    option: "Geheugen",
    variants: [
      { value: "16 GB", sku: "SS-OFF-16", price: 649 },
      { value: "32 GB", sku: "SS-OFF-32", price: 749 },
    ],
  },
  {
    handle: "softview-27-qhd",
    title: 'Softview 27" QHD',
    subtitle: "27-inch IPS-monitor, 2560×1440, 165 Hz",
    description: "Kleurechte monitor met USB-C (90 W) en in hoogte verstelbare voet.",
    category: "monitoren",
    option: "Uitvoering",
    variants: [
      { value: "Standaard", sku: "SV-27QHD", price: 329 },
      { value: "Met monitorarm", sku: "SV-27QHD-ARM", price: 389 },
    ],
  },
  {
    handle: "softview-34-ultrawide",
    title: 'Softview 34" Ultrawide',
    subtitle: "34-inch gebogen ultrawide-monitor",
    description: "3440×1440 pixels, ideaal voor spreadsheets en video-montage.",
    category: "monitoren",
    option: "Uitvoering",
    variants: [{ value: "Standaard", sku: "SV-34UW", price: 549 }],
  },
  {
    handle: "microsoft-office-2024",
    title: "Microsoft Office Thuis 2024",
    subtitle: "Licentie voor 1 pc of Mac",
    description: "Eenmalige licentie met Word, Excel, PowerPoint en OneNote; de productcode wordt per e-mail geleverd.",
    category: "software",
    option: "Licentie",
    variants: [
      { value: "Thuis", sku: "MS-OFF24-HOME", price: 149 },
      { value: "Thuis en Zelfstandigen", sku: "MS-OFF24-BUS", price: 299 },
    ],
  },
  {
    handle: "softguard-antivirus",
    title: "Softguard Antivirus",
    subtitle: "Beveiliging voor pc, Mac en telefoon",
    description: "Jaarabonnement op virusbescherming, wachtwoordkluis en veilig bankieren.",
    category: "software",
    option: "Apparaten",
    variants: [
      { value: "1 apparaat, 1 jaar", sku: "SG-AV-1", price: 29.95 },
      { value: "5 apparaten, 1 jaar", sku: "SG-AV-5", price: 49.95 },
    ],
  },
  {
    handle: "pc-herinstallatie",
    title: "PC herinstallatie",
    subtitle: "Windows opnieuw installeren, met dubbele back-up van uw bestanden",
    description:
      "Wij installeren Windows opnieuw en zetten uw bestanden terug. Van foto's, documenten, e-mail en adresboek maken we eerst een dubbele back-up, die we 14 tot 30 dagen na aflevering verwijderen.",
    category: "service",
    option: "Pakket",
    service: true,
    variants: [
      { value: "Standaard", sku: "SRV-REINSTALL", price: 89 },
      { value: "Spoed (binnen 1 werkdag)", sku: "SRV-REINSTALL-EXP", price: 129 },
    ],
  },
]

/**
 * Product pictures: small SVG files committed in storefront/public/images/products/<handle>.svg,
 * served by the storefront (npm start), so the URL is absolute on STOREFRONT_URL.
 */
export function productImageUrl(handle: string, storefrontUrl = process.env.STOREFRONT_URL ?? "http://localhost:8000") {
  return `${storefrontUrl.replace(/\/$/, "")}/images/products/${handle}.svg`
}
