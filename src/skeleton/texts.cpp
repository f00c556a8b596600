#include "skeleton/texts.hpp"

namespace minutes::skeleton_detail {

const Texts& texts_for(SkeletonLanguage language) {
  switch (language) {
    case SkeletonLanguage::nb:
      return texts_nb();
    case SkeletonLanguage::nn:
      return texts_nn();
    case SkeletonLanguage::de:
      return texts_de();
    case SkeletonLanguage::en:
      break;
  }
  return texts_en();
}

}  // namespace minutes::skeleton_detail
