// How 책방 shows a price (client-safe): "12,000원", and 0 as 나눔.
export function formatPrice(price: number): string {
  return price === 0 ? "나눔 (0원)" : `${price.toLocaleString("ko-KR")}원`;
}
